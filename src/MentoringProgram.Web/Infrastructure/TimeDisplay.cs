using System.Globalization;
using MentoringProgram.Web.Domain;

namespace MentoringProgram.Web.Infrastructure;

/// <summary>
/// How a stored (UTC) moment reads to a person: in a time zone, and with that zone named whenever a time of day is
/// shown, since "23:59" alone does not say whose midnight is near. Views use it through
/// <see cref="LocalTimeTagHelper"/>; exports use <see cref="Text"/> so a file says the same as the page.
/// </summary>
public static class TimeDisplay
{
    public const string DefaultFormat = "d MMM yyyy HH:mm";

    /// <summary>The moment in <paramref name="zone"/> in <paramref name="format"/>, followed by the zone's name when the
    /// format shows hours.</summary>
    public static string Text(DateTimeOffset value, TimeZoneInfo zone, string format = DefaultFormat)
    {
        var local = TimeZoneInfo.ConvertTime(value, zone);
        var text = local.ToString(format, CultureInfo.CurrentCulture);
        return ShowsTimeOfDay(format) ? $"{text} {ZoneName(zone, local.Offset)}" : text;
    }

    /// <summary>The machine-readable form for a <c>time</c> element's <c>datetime</c>: the instant in UTC.</summary>
    public static string IsoUtc(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>"UTC", a place ("Honolulu time", "New York time"), or for zones named by offset alone, the offset.</summary>
    public static string ZoneName(TimeZoneInfo zone, TimeSpan offset)
    {
        var id = zone.Id;
        var slash = id.LastIndexOf('/');
        if (slash < 0 || id.StartsWith("Etc/", StringComparison.Ordinal))
        {
            return offset == TimeSpan.Zero && !zone.SupportsDaylightSavingTime
                ? TimeZones.Utc
                : "UTC" + (offset < TimeSpan.Zero ? "-" : "+") + offset.Duration().ToString(@"hh\:mm", CultureInfo.InvariantCulture);
        }
        return id[(slash + 1)..].Replace('_', ' ') + " time";
    }

    private static bool ShowsTimeOfDay(string format) => format.Contains('H', StringComparison.Ordinal) || format.Contains('h', StringComparison.Ordinal);
}
