using System.Globalization;
using MentoringProgram.Web.Domain;

namespace MentoringProgram.Web.Features.Digest;

/// <summary>The ISO week a digest belongs to, in the library's zone: its key (one digest per coordinator per week), its
/// Monday, and the week before it, whose new requests the digest counts.</summary>
public sealed record DigestWeek(int Year, int Number, DateOnly Monday, DateTimeOffset Starts, DateTimeOffset PreviousStarts)
{
    /// <summary>"2026-W50": the part of the mail's key that makes it once a week.</summary>
    public string Key => $"{Year}-W{Number:00}";

    public static DigestWeek Of(DateTimeOffset now, TimeZoneInfo zone)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone).DateTime;
        var year = ISOWeek.GetYear(local);
        var number = ISOWeek.GetWeekOfYear(local);
        var monday = DateOnly.FromDateTime(ISOWeek.ToDateTime(year, number, DayOfWeek.Monday));
        return new DigestWeek(year, number, monday, StartOf(monday, zone), StartOf(monday.AddDays(-7), zone));
    }

    /// <summary>The instant a day begins in the zone; where the clocks skip midnight, the hour after.</summary>
    private static DateTimeOffset StartOf(DateOnly day, TimeZoneInfo zone) =>
        LocalMoment.ToInstant(day, TimeOnly.MinValue, zone) ?? LocalMoment.ToInstant(day, new TimeOnly(1, 0), zone)!.Value;
}
