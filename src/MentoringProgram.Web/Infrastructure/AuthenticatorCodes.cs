using System.Text;

namespace MentoringProgram.Web.Infrastructure;

/// <summary>How authenticator keys are shown and how typed codes are tidied before Identity checks them.</summary>
public static class AuthenticatorCodes
{
    public const string Issuer = "MentoringProgram";
    public const int RecoveryCodeCount = 10;

    /// <summary>A code as typed, without the spaces and hyphens apps show in the middle ("123 456", "123-456").</summary>
    public static string Normalize(string? code) =>
        string.Concat((code ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-'));

    public static bool IsSixDigits(string? code) => Normalize(code) is { Length: 6 } digits && digits.All(char.IsAsciiDigit);

    /// <summary>A recovery code as typed: case and spaces do not matter, and the hyphen Identity puts in the middle is optional.</summary>
    public static string NormalizeRecoveryCode(string? code)
    {
        var compact = string.Concat((code ?? "").Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();
        return compact.Length == 10 && !compact.Contains('-', StringComparison.Ordinal) ? compact[..5] + "-" + compact[5..] : compact;
    }

    /// <summary>The base32 key in groups of four, easier to type into an app by hand.</summary>
    public static string FormatKey(string key)
    {
        var result = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            if (i > 0)
            {
                result.Append(' ');
            }
            result.Append(key.AsSpan(i, Math.Min(4, key.Length - i)));
        }
        return result.ToString().ToLowerInvariant();
    }

    /// <summary>The otpauth:// address authenticator apps read (Key Uri Format): issuer and account as the label, the key as the secret.</summary>
    public static string Uri(string account, string key) =>
        $"otpauth://totp/{System.Uri.EscapeDataString(Issuer)}:{System.Uri.EscapeDataString(account)}" +
        $"?secret={key}&issuer={System.Uri.EscapeDataString(Issuer)}&digits=6";
}
