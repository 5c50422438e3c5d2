using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;

namespace MentoringProgram.Web.Features.Calendar;

/// <summary>
/// The secret in a private calendar feed's address: the staff id and their feed version, protected (encrypted and
/// signed) with the app's Data Protection keys, which every instance shares. Nothing secret is stored, so the page can
/// always show the current address; a reset bumps the version and every older token stops working at once
/// (docs/adr/0014-calendar-feed-tokens.md).
/// </summary>
public sealed class CalendarFeedTokens(IDataProtectionProvider protection)
{
    private readonly IDataProtector _protector = protection.CreateProtector("MentoringProgram.CalendarFeed.v1");

    public string For(int staffId, int version) =>
        _protector.Protect(string.Create(CultureInfo.InvariantCulture, $"{staffId}:{version}"));

    /// <summary>The staff id and version a token names, or null for anything this app did not issue (tampered with,
    /// truncated, from another installation).</summary>
    public (int StaffId, int Version)? Read(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 1000)
        {
            return null;
        }
        string payload;
        try
        {
            payload = _protector.Unprotect(token);
        }
        catch (Exception e) when (e is CryptographicException or FormatException)
        {
            return null;
        }
        var parts = payload.Split(':');
        return parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var staffId)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? (staffId, version)
            : null;
    }
}
