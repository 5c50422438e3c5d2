using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Matching;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.MenteeChoice;

/// <summary>
/// Lapses every mentee's ask that is past due and still unanswered: the mentor's place is freed, the mentee is sent back
/// to choose and the mentor told, and the audit log records it, each ask in its own transaction. Idempotent and safe
/// with several instances at once: a lapsed ask is no longer due, and two instances lapsing the same ask collide on its
/// concurrency stamp, so the second one skips it (as it does an ask the mentor accepted in the same moment).
/// </summary>
public sealed class ExpireAsks(AppDbContext db, MenteeChoiceNotices notices, TimeProvider clock, ILogger<ExpireAsks> logger)
{
    /// <summary>Returns how many asks this run lapsed.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = await db.Pairings.AsNoTracking()
            .Where(Pairing.WaitingAsk).Where(p => p.AnswerDue <= now)
            .OrderBy(p => p.AnswerDue).Select(p => p.Id)
            .ToListAsync(cancellationToken);
        var lapsed = 0;
        foreach (var id in due)
        {
            db.ChangeTracker.Clear();
            var ask = await db.Pairings.Include(p => p.Cycle).ThenInclude(c => c!.Program).SingleAsync(p => p.Id == id, cancellationToken);
            if (!ask.IsOverdue(now))
            {
                continue;
            }
            var offer = await db.MentorVolunteers.SingleAsync(v => v.Id == ask.MentorVolunteerId, cancellationToken);
            try
            {
                ask.Expire(now, ask.Cycle!.Program!.Today(clock), offer);
            }
            catch (DomainRuleException changed)
            {
                // Read between another instance's commits (the ask still waiting, its place already freed): the next run
                // sees the ask as it is.
                logger.LogInformation("Ask {AskId} not lapsed this run: {Reason}", id, changed.Message);
                continue;
            }
            await notices.EndedAsync(ask, AskEnding.Expired, cancellationToken);
            db.AuditEntries.Add(new AuditEntry(now, null, MatchAudit.Expired, MatchAudit.Subject(ask.MenteeRequestId), $"pairing {ask.Id}, due {ask.AnswerDue:u}"));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                lapsed++;
            }
            catch (DbUpdateException)
            {
                // Its concurrency stamp, or the unique key of the mail another instance queued for it first: fine when
                // someone else ended the ask; anything else is a real fault.
                if (!await WasEndedElsewhereAsync(id, cancellationToken))
                {
                    throw;
                }
                logger.LogInformation("Ask {AskId} changed while lapsing it (answered, taken back, or lapsed by another instance); left as it is", id);
            }
        }
        db.ChangeTracker.Clear();
        return lapsed;
    }

    private async Task<bool> WasEndedElsewhereAsync(int askId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.Pairings.AsNoTracking().AnyAsync(p => p.Id == askId && p.Status != PairingStatus.Proposed, cancellationToken);
    }
}
