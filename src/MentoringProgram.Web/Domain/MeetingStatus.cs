namespace MentoringProgram.Web.Domain;

/// <summary>Where a meeting stands. Only held meetings count for the cadence. Held is 0 so that every meeting logged
/// after the fact before scheduling existed reads as held.</summary>
public enum MeetingStatus
{
    Held = 0,
    Scheduled = 1,
    Missed = 2,
    Cancelled = 3,
}
