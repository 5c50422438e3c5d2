using System.Linq.Expressions;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Pairings;

namespace MentoringProgram.Web.Features.Calendar;

/// <summary>The meetings of every pairing a staff member is in (once it is the pair's), as calendar entries, in one
/// query, earliest first: read by the feed and by the single-meeting download.</summary>
public static class CalendarEntries
{
    public static IQueryable<CalendarEntry> Of(AppDbContext db, int staffId, Expression<Func<Meeting, bool>> which) =>
        from m in db.Meetings.Where(which)
        join p in db.Pairings.Where(PairingDetails.ThePairs) on m.PairingId equals p.Id
        where p.MenteeStaffId == staffId || p.MentorStaffId == staffId
        orderby m.HeldOn, m.Id
        select new CalendarEntry(m.Id, p.Id, m.Status, m.StartsAt, m.HeldOn, m.DurationMinutes, m.Place, m.Sequence, p.Mentee!.FullName, p.Mentor!.FullName);
}
