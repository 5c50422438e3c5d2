using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Assessment;

/// <summary>
/// The coordinator closes a survey for one cycle (docs/adr/0022, addendum): no more answers, invitations or reminders for
/// it in that cycle, and its results are shown from then on (<see cref="SurveyRelease"/>). Audited in the same
/// transaction; closing again, or at the same moment as another coordinator, changes nothing.
/// </summary>
public static class CloseSurvey
{
    public enum Outcome
    {
        NotFound,
        Closed,
        AlreadyClosed,
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public async Task<Outcome> HandleAsync(int programId, int cycleId, int surveyId, string? actorUserId, CancellationToken cancellationToken)
        {
            var head = await SurveyInCycle.FindAsync(db, programId, cycleId, surveyId, cancellationToken);
            if (head is null)
            {
                return Outcome.NotFound;
            }
            if (head.ClosedAt is not null)
            {
                return Outcome.AlreadyClosed;
            }
            var now = clock.GetUtcNow();
            db.SurveyClosings.Add(new SurveyClosing(surveyId, cycleId, now, actorUserId));
            db.AuditEntries.Add(new AuditEntry(now, actorUserId, SurveyAudit.Closed, SurveyAudit.Subject(surveyId), $"Closed for {head.CycleName} (cycle {cycleId})"));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            // Another coordinator closed it at the same moment: the unique index kept theirs, and nothing of this was written.
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                return Outcome.AlreadyClosed;
            }
            return Outcome.Closed;
        }
    }
}
