using System.Globalization;
using System.Security.Cryptography;
using MentoringProgram.Web.Domain;
using Microsoft.AspNetCore.DataProtection;

namespace MentoringProgram.Web.Features.Continuation;

/// <summary>
/// The signed links in a continuation notice, which work without signing in. The token is a Data Protection payload
/// naming a single-use nonce, the pairing, the member and the choice, so it cannot be forged or edited into another
/// member's or another pairing's answer; the nonce (a database row) makes it single use and gives it an expiry.
/// Both of a member's links share one nonce: once they have answered by mail, the other link is spent too.
/// </summary>
public sealed class ContinuationLink(IDataProtectionProvider protection)
{
    public const string Purpose = "continuation";

    public sealed record Claim(Guid NonceId, int PairingId, int StaffId, ContinuationChoice Choice);

    private readonly IDataProtector _protector = protection.CreateProtector("MentoringProgram.Continuation.v1");

    public string Token(Claim claim) =>
        _protector.Protect(string.Join('|', claim.NonceId.ToString("N"), claim.PairingId, claim.StaffId, (int)claim.Choice));

    /// <summary>The claim a token makes, or null for anything tampered with, truncated or made with other keys.</summary>
    public Claim? Read(string? token)
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
        catch (CryptographicException)
        {
            return null;
        }
        var parts = payload.Split('|');
        return parts.Length == 4 && Guid.TryParseExact(parts[0], "N", out var nonce)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var pairingId)
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var staffId)
            && int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var choice) && Enum.IsDefined((ContinuationChoice)choice)
            ? new Claim(nonce, pairingId, staffId, (ContinuationChoice)choice)
            : null;
    }

    public static string Subject(int pairingId, int staffId) => $"pairing:{pairingId}:staff:{staffId}";
}
