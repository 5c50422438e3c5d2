using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Email;
using MentoringProgram.Web.Email.Templates;
using MentoringProgram.Web.Features.Reminders.Mails;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Reminders;

/// <summary>
/// Ends the term of every active pairing whose last day has passed in its program's time zone: it renews for another
/// term when both members chose to continue and the program renews pairings, and otherwise completes, thanking both
/// and pointing to what comes next. Each pairing in its own transaction with its mails and an audit entry. Idempotent and
/// safe with several instances: a completed pairing is no longer active, and two instances completing the same one
/// collide on its concurrency stamp (or the mails' keys), so the second leaves it.
/// </summary>
public sealed class CompleteEndedTerms(AppDbContext db, EmailOutbox outbox, MailRenderer mail, TimeProvider clock, ILogger<CompleteEndedTerms> logger)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        // Candidates by the UTC date less a day (no zone is more than 14 hours from UTC); each is checked against its
        // own program's today below.
        var latest = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(1);
        var candidates = await db.Pairings.AsNoTracking().Where(p => p.Status == PairingStatus.Active && p.EndsOn < latest)
            .OrderBy(p => p.EndsOn).Select(p => p.Id).ToListAsync(cancellationToken);
        var ended = 0;
        foreach (var id in candidates)
        {
            db.ChangeTracker.Clear();
            var pairing = await db.Pairings.Include(p => p.Cycle).ThenInclude(c => c!.Program).Include(p => p.Mentee).Include(p => p.Mentor)
                .SingleAsync(p => p.Id == id, cancellationToken);
            if (pairing.Status != PairingStatus.Active || pairing.EndsOn >= pairing.Cycle!.Program!.Today(clock))
            {
                continue;
            }
            var endedOn = pairing.EndsOn;
            var scheduled = await db.Meetings.Where(m => m.PairingId == id && m.Status == MeetingStatus.Scheduled).ToListAsync(cancellationToken);
            var renewed = pairing.EndTerm(pairing.Cycle.Program.Renewable, pairing.Cycle.Program.Term, scheduled, clock.GetUtcNow());
            var mails = new List<OutgoingMail>();
            foreach (var (to, other, isMentee) in new[] { (pairing.Mentee!, pairing.Mentor!, true), (pairing.Mentor!, pairing.Mentee!, false) })
            {
                mails.Add(new OutgoingMail($"term-ended:{pairing.Id}:{endedOn:yyyy-MM-dd}:{(isMentee ? "mentee" : "mentor")}", to.WorkEmail, to.FullName, await mail.RenderAsync(new TermEndedMail
                {
                    PersonName = to.FullName, OtherName = other.FullName, ProgramName = pairing.Cycle.Program.Name, PairingId = pairing.Id,
                    EndedOn = endedOn, ToMentee = isMentee, RenewedUntil = renewed ? pairing.EndsOn : null,
                })));
            }
            await outbox.QueueAllAsync(mails, cancellationToken);
            db.AuditEntries.Add(renewed
                ? new AuditEntry(clock.GetUtcNow(), null, TermAudit.Renewed, TermAudit.Subject(pairing.Id), $"term ended {endedOn:yyyy-MM-dd}, renewed to {pairing.EndsOn:yyyy-MM-dd}")
                : new AuditEntry(clock.GetUtcNow(), null, TermAudit.Completed, TermAudit.Subject(pairing.Id), $"term ended {endedOn:yyyy-MM-dd}"));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                ended++;
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                if (await db.Pairings.AnyAsync(p => p.Id == id && p.Status == PairingStatus.Active, cancellationToken))
                {
                    throw;
                }
                logger.LogInformation("Pairing {PairingId} was ended elsewhere while completing its term; left as it is", id);
            }
        }
        db.ChangeTracker.Clear();
        return ended;
    }
}
