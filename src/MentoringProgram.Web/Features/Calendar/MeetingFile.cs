using MentoringProgram.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Calendar;

/// <summary>One scheduled meeting as an .ics file, for either member of its pairing only: anyone else, the
/// coordinator included, finds "not found". A meeting logged after the fact has no start time and no file.</summary>
public static class MeetingFile
{
    public sealed record Result(string Text, string FileName);

    public sealed class Handler(AppDbContext db, MeetingCalendar calendar)
    {
        public async Task<Result?> LoadAsync(int staffId, int pairingId, int meetingId, CancellationToken cancellationToken)
        {
            var entry = await CalendarEntries.Of(db, staffId, m => m.Id == meetingId && m.PairingId == pairingId && m.StartsAt != null)
                .AsNoTracking().SingleOrDefaultAsync(cancellationToken);
            return entry is null ? null : new Result(calendar.Write([entry]), $"mentoring-meeting-{entry.HeldOn:yyyy-MM-dd}.ics");
        }
    }
}
