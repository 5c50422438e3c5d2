namespace MentoringProgram.Web.Infrastructure;

/// <summary>A sign-in lasts at most the absolute timeout, however active the session (ASVS V7.3.2).</summary>
public static class SessionLifetime
{
    private const string Key = ".absolute-expiry";

    public static void StampAbsoluteExpiry(Microsoft.AspNetCore.Authentication.AuthenticationProperties properties, DateTimeOffset now, TimeSpan lifetime)
    {
        if (!properties.Items.ContainsKey(Key))
        {
            properties.Items[Key] = (now + lifetime).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    public static bool IsPastAbsoluteExpiry(Microsoft.AspNetCore.Authentication.AuthenticationProperties properties, DateTimeOffset now) =>
        properties.Items.TryGetValue(Key, out var value)
        && long.TryParse(value, System.Globalization.CultureInfo.InvariantCulture, out var seconds)
        && now.ToUnixTimeSeconds() > seconds;
}
