namespace MentoringProgram.Web.Domain;

/// <summary>The IANA time zones a program or the library can be set to, as this server's time zone database knows them.</summary>
public static class TimeZones
{
    public const string Utc = "UTC";

    private static readonly Lazy<IReadOnlyList<string>> _ids = new(LoadIds);
    private static readonly Lazy<HashSet<string>> _known = new(() => new HashSet<string>(_ids.Value, StringComparer.Ordinal));

    /// <summary>UTC first, then every IANA id in alphabetical order.</summary>
    public static IReadOnlyList<string> Ids => _ids.Value;

    /// <summary>Whether <paramref name="id"/> is one of <see cref="Ids"/>: spelled exactly as IANA spells it.</summary>
    public static bool IsKnown(string? id) => id is not null && _known.Value.Contains(id);

    /// <summary>The zone for a stored id. An id this server does not know (a database moved to a server with an older
    /// time zone database) reads as UTC, the zone every time is stored in, rather than failing every page.</summary>
    public static TimeZoneInfo FindOrUtc(string? id) =>
        id is not null && TimeZoneInfo.TryFindSystemTimeZoneById(id, out var zone) ? zone : TimeZoneInfo.FindSystemTimeZoneById(Utc);

    private static IReadOnlyList<string> LoadIds()
    {
        var ids = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var zone in TimeZoneInfo.GetSystemTimeZones())
        {
            // Linux and macOS list IANA ids; Windows lists its own, which map to IANA ones.
            if (zone.HasIanaId)
            {
                ids.Add(zone.Id);
            }
            else if (TimeZoneInfo.TryConvertWindowsIdToIanaId(zone.Id, out var iana))
            {
                ids.Add(iana);
            }
        }
        ids.Remove(Utc);
        return [Utc, .. ids];
    }
}
