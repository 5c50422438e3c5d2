namespace MentoringProgram.Web.Domain;

/// <summary>
/// When a pairing's mentee is asked "How is it going?": every <c>weeks</c> weeks from the pairing's start (period 1 on
/// the start plus one interval, period 2 two intervals in, and so on), but never in the last three weeks of the term,
/// when the continuation notice goes out. Days are the program's days: the caller passes the program's today.
/// </summary>
public static class CheckInSchedule
{
    /// <summary>No check-in this many days or fewer before the term's last day (the continuation notice's first day).</summary>
    public const int QuietDaysBeforeEnd = 21;

    /// <summary>A check-in day the job missed is caught up for this many days.</summary>
    public const int CatchUpDays = 7;

    /// <summary>The day period <paramref name="period"/> (1, 2, ...) opens.</summary>
    public static DateOnly DayOf(DateOnly startsOn, int weeks, int period) =>
        weeks < 1 || period < 1 ? throw new ArgumentOutOfRangeException(nameof(period)) : startsOn.AddDays(7 * weeks * period);

    /// <summary>Whether period <paramref name="period"/> is held at all: it opens before the term's last three weeks.</summary>
    public static bool Exists(DateOnly startsOn, DateOnly endsOn, int weeks, int period) =>
        weeks >= 1 && period >= 1 && DayOf(startsOn, weeks, period) < endsOn.AddDays(-QuietDaysBeforeEnd);

    /// <summary>Every check-in day of a term.</summary>
    public static IReadOnlyList<DateOnly> Days(DateOnly startsOn, DateOnly endsOn, int weeks) =>
        [.. Enumerable.Range(1, int.MaxValue - 1).TakeWhile(k => Exists(startsOn, endsOn, weeks, k)).Select(k => DayOf(startsOn, weeks, k))];

    /// <summary>The period open today, if any: from its day until the next period's day (or the term's end).</summary>
    public static int? OpenOn(DateOnly startsOn, DateOnly endsOn, int weeks, DateOnly today)
    {
        if (weeks < 1 || today < startsOn || today > endsOn)
        {
            return null;
        }
        var period = (today.DayNumber - startsOn.DayNumber) / (7 * weeks);
        return Exists(startsOn, endsOn, weeks, period) ? period : null;
    }

    /// <summary>The period whose mail goes out today: open today, and opened no more than <see cref="CatchUpDays"/> ago.</summary>
    public static int? MailOn(DateOnly startsOn, DateOnly endsOn, int weeks, DateOnly today) =>
        OpenOn(startsOn, endsOn, weeks, today) is { } period && today.DayNumber - DayOf(startsOn, weeks, period).DayNumber < CatchUpDays ? period : null;

    /// <summary>The last day a period's answer is taken: the day before the next period opens, or the term's last day.</summary>
    public static DateOnly LastDayOf(DateOnly startsOn, DateOnly endsOn, int weeks, int period)
    {
        var next = DayOf(startsOn, weeks, period + 1).AddDays(-1);
        return next < endsOn ? next : endsOn;
    }
}
