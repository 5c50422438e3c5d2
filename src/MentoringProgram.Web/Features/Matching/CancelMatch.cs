using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Matching;

/// <summary>The coordinator calls off a proposed match before confirming it: the mentor's place is freed and the
/// request waits again. Nobody was told of a proposal, so nobody is told of its end; a mentee's ask was known to both,
/// so both are told it was withdrawn.</summary>
public static class CancelMatch
{
    public sealed record Result(bool Found, int? RequestId, string? Refusal);

    public sealed class Handler(AppDbContext db, MenteeChoice.MenteeChoiceNotices askNotices, TimeProvider clock)
    {
        public async Task<Result> HandleAsync(int programId, int matchId, string? coordinatorUserId, CancellationToken cancellationToken)
        {
            var pairing = await db.Pairings.Include(p => p.Cycle).ThenInclude(c => c!.Program)
                .SingleOrDefaultAsync(p => p.Id == matchId && p.Cycle!.ProgramId == programId, cancellationToken);
            if (pairing is null)
            {
                return new Result(false, null, null);
            }
            var offer = await db.MentorVolunteers.SingleAsync(v => v.Id == pairing.MentorVolunteerId, cancellationToken);
            try
            {
                pairing.Cancel(pairing.Cycle!.Program!.Today(clock), offer);
            }
            catch (DomainRuleException refused)
            {
                return new Result(true, pairing.MenteeRequestId, refused.Message);
            }
            if (pairing.IsMenteesAsk)
            {
                // Unlike a proposal, an ask was known to both: each is told it is withdrawn.
                await askNotices.EndedAsync(pairing, MenteeChoice.AskEnding.CancelledByCoordinator, cancellationToken);
            }
            db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), coordinatorUserId, MatchAudit.Cancelled, MatchAudit.Subject(pairing.MenteeRequestId), $"pairing {pairing.Id}"));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new Result(true, pairing.MenteeRequestId, null);
            }
            catch (DbUpdateConcurrencyException)
            {
                return new Result(true, pairing.MenteeRequestId, "Someone else changed this match or the mentor's places at the same moment. Look at it again.");
            }
        }
    }
}
