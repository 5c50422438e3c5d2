namespace MentoringProgram.Web.Domain;

/// <summary>
/// When a pair is asked "Is this working?" (issue 14): once they have held two meetings or 30 days after the pairing
/// starts, whichever comes first. Days are the program's days: the caller passes the program's today
/// (<see cref="MentorshipProgram.Today"/>), never the server's date.
/// </summary>
public static class EarlyCheck
{
    public const int DaysAfterStart = 30;
    public const int MeetingsHeld = 2;

    /// <summary>The first day the question is asked: the day of the second held meeting, or the start plus 30 days,
    /// whichever is earlier.</summary>
    public static DateOnly DueOn(DateOnly startsOn, IEnumerable<DateOnly> heldOn)
    {
        var byDays = startsOn.AddDays(DaysAfterStart);
        var held = heldOn.Order().ToList();
        return held.Count >= MeetingsHeld && held[MeetingsHeld - 1] < byDays ? held[MeetingsHeld - 1] : byDays;
    }

    /// <summary>Whether an active pairing's members are asked today.</summary>
    public static bool IsDue(PairingStatus status, DateOnly startsOn, IEnumerable<DateOnly> heldOn, DateOnly today) =>
        status == PairingStatus.Active && today >= DueOn(startsOn, heldOn);
}
