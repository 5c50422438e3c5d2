using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Calendar;

/// <summary>
/// A staff member's private feed, fetched by calendar apps with no sign-in: every meeting still scheduled, and the
/// last <see cref="PastMonths"/> months of the others, across all their pairings. The token is the only key, so any
/// token that is tampered with, from another installation, or older than the last reset finds nothing. Two
/// statements whatever the number of pairings and meetings: the version check, then the meetings.
/// </summary>
public static class CalendarFeed
{
    public const int PastMonths = 6;

    public sealed class Handler(AppDbContext db, CalendarFeedTokens tokens, MeetingCalendar calendar, TimeProvider clock)
    {
        /// <summary>The feed's iCalendar text, or null when the token names no current feed.</summary>
        public async Task<string?> LoadAsync(string token, CancellationToken cancellationToken)
        {
            if (tokens.Read(token) is not var (staffId, version)
                || !await db.StaffMembers.AnyAsync(s => s.Id == staffId && s.CalendarFeedVersion == version && s.IsActive, cancellationToken))
            {
                return null;
            }
            var since = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddMonths(-PastMonths);
            var entries = await CalendarEntries.Of(db, staffId, m => m.Status == MeetingStatus.Scheduled || m.HeldOn >= since)
                .AsNoTracking().ToListAsync(cancellationToken);
            return calendar.Write(entries, "Mentoring meetings");
        }
    }
}
