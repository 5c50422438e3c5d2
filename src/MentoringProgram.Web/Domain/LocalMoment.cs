namespace MentoringProgram.Web.Domain;

/// <summary>
/// A day and a time of day as people in a time zone say them, turned into the one instant they mean. A time the
/// clocks skip (02:30 on the night they spring forward) means no instant at all; a time they pass twice (01:30 on
/// the night they fall back) means the first of the two, as it does to anyone who reads the time off a wall clock.
/// </summary>
public static class LocalMoment
{
    /// <summary>The instant, or null when the clocks of <paramref name="zone"/> skip that time on that day.</summary>
    public static DateTimeOffset? ToInstant(DateOnly day, TimeOnly time, TimeZoneInfo zone)
    {
        var local = day.ToDateTime(time, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(local))
        {
            return null;
        }
        var offset = zone.IsAmbiguousTime(local) ? zone.GetAmbiguousTimeOffsets(local).Max() : zone.GetUtcOffset(local);
        return new DateTimeOffset(local, offset).ToUniversalTime();
    }

    /// <summary>The wall-clock day of an instant in <paramref name="zone"/>.</summary>
    public static DateOnly DayOf(DateTimeOffset instant, TimeZoneInfo zone) => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(instant, zone).DateTime);
}
