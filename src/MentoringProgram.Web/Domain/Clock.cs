namespace MentoringProgram.Web.Domain;

/// <summary>
/// Days as people live them. "Today" is the date on the wall clock of a time zone, never the UTC date: a library
/// in Honolulu is still on Monday evening when UTC is on Tuesday, and its enrollment must not close before its
/// staff's midnight. A program's rules use <see cref="MentorshipProgram.Today"/>; rules that belong to no one
/// program use the library's zone (docs/adr/0006-program-time-zones.md).
/// </summary>
public static class Clock
{
    public static DateOnly TodayIn(this TimeProvider clock, TimeZoneInfo zone) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);
}
