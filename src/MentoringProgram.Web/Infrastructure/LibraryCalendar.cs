using MentoringProgram.Web.Domain;

namespace MentoringProgram.Web.Infrastructure;

/// <summary>
/// The library's own time zone (setting <c>Library:TimeZone</c>). It is the zone of days that belong to no one
/// program (a profile correction's "not in the future", demo data, a new program's first cycle), the zone new
/// programs start in, and the zone of times shown outside a program (outgoing mail, lockouts).
/// </summary>
public sealed class LibraryCalendar(TimeZoneInfo zone, TimeProvider clock)
{
    public const string TimeZoneKey = "Library:TimeZone";

    public TimeZoneInfo Zone => zone;

    public DateOnly Today() => clock.TodayIn(zone);

    /// <summary>The configured zone, UTC when unset; stops start-up with a message naming the setting when this server
    /// does not know the zone.</summary>
    public static TimeZoneInfo ZoneFrom(IConfiguration configuration)
    {
        var id = configuration[TimeZoneKey]?.Trim();
        if (string.IsNullOrEmpty(id))
        {
            return TimeZones.FindOrUtc(TimeZones.Utc);
        }
        if (!TimeZones.IsKnown(id))
        {
            throw new InvalidOperationException($"{TimeZoneKey} is '{id}', which is not a time zone this server knows. Set it to an " +
                "IANA time zone id, spelled as IANA spells it, for example America/Chicago, Europe/London or Pacific/Auckland " +
                "(as an environment variable, ':' becomes '__': Library__TimeZone=America/Chicago); see docs/operations.md.");
        }
        return TimeZones.FindOrUtc(id);
    }
}
