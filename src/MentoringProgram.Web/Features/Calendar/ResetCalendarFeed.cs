using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Pairings;

namespace MentoringProgram.Web.Features.Calendar;

/// <summary>A member gives their calendar feed a new address: the old one stops working at once, in every calendar
/// that subscribed to it (a link shared by mistake, a lost phone). The audit entry names the person, never a token.</summary>
public static class ResetCalendarFeed
{
    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public async Task ResetAsync(StaffMember staff, string? userId, CancellationToken cancellationToken)
        {
            staff.ResetCalendarFeed();
            db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), userId, MeetingAudit.FeedReset, MeetingAudit.StaffSubject(staff.Id), null));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
