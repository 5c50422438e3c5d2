namespace MentoringProgram.Web.Domain;

/// <summary>
/// How long a pair's private content (notes, meeting places and topics, the agreement's words) is kept after the
/// pairing ends: a whole number of months, 12 by default (issue 14). The pairing page states the day from it and the
/// retention job finds what is due with it, so the two can never disagree (docs/adr/0018).
/// </summary>
public sealed record PrivateContentRetention
{
    public const int DefaultMonths = 12;

    public PrivateContentRetention(int months)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        Months = months;
    }

    public int Months { get; }

    /// <summary>The day a pairing that ended on <paramref name="endedOn"/> loses its private content. A month end clamps
    /// (ended 29 February, kept 12 months: deleted 28 February).</summary>
    public DateOnly DeletionDay(DateOnly endedOn) => endedOn.AddMonths(Months);

    /// <summary>The last end day whose deletion day is <paramref name="today"/> or earlier: pairings that ended on it or
    /// before are due. The inverse of <see cref="DeletionDay"/>, month ends included.</summary>
    public DateOnly LastEndedDayDue(DateOnly today)
    {
        var day = today.AddMonths(-Months);
        while (DeletionDay(day.AddDays(1)) <= today)
        {
            day = day.AddDays(1);
        }
        return day;
    }

    /// <summary>The policy in plain words, as the pairing page says it: before the end, and once ended with the day.</summary>
    public string Describe(DateOnly? endedOn, DateOnly? deletedOn = null) =>
        deletedOn is { } deleted
        ? $"Your private notes, meeting places and topics, and the words of your agreement were deleted on {deleted:d MMMM yyyy}, {MonthsInWords} after this pairing ended. The dates and number of your meetings are kept."
        : endedOn is { } ended
        ? $"Your private notes, meeting places and topics, and the words of your agreement will be deleted on {DeletionDay(ended):d MMMM yyyy}, {MonthsInWords} after this pairing ended. The dates and number of your meetings are kept."
        : $"When this pairing ends, your private notes, meeting places and topics, and the words of your agreement are kept for {MonthsInWords}, then deleted. The dates and number of your meetings are kept.";

    private string MonthsInWords => Months == 1 ? "1 month" : $"{Months} months";
}
