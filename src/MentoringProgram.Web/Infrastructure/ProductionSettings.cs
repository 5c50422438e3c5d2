namespace MentoringProgram.Web.Infrastructure;

/// <summary>
/// Settings without which a Production instance is unsafe, checked before it serves anyone. With
/// <c>AllowedHosts=*</c> any Host header is accepted, and anything built from it (a link, a redirect) can point
/// at an attacker's host; mail links need a public HTTPS address that is not the Development default.
/// </summary>
public static class ProductionSettings
{
    public const string AllowedHostsKey = "AllowedHosts";
    public const string PublicBaseUrlKey = "Email:PublicBaseUrl";

    /// <summary>The Development default, which must never reach a mail sent by a real installation.</summary>
    public const string DevelopmentBaseUrl = "http://localhost:5080";

    /// <summary>What is wrong, one sentence per setting, each naming the setting to add; empty when ready.</summary>
    public static IReadOnlyList<string> Problems(string? allowedHosts, string? publicBaseUrl)
    {
        var problems = new List<string>();
        var hosts = (allowedHosts ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (hosts.Length == 0 || hosts.Contains("*"))
        {
            problems.Add($"{AllowedHostsKey} is {Describe(allowedHosts)}: set it to the host name people use to reach the app " +
                "(several separated by ';'), for example AllowedHosts=mentoring.library.example.edu.");
        }

        var isHttpsUrl = Uri.TryCreate(publicBaseUrl?.Trim(), UriKind.Absolute, out var url) && url.Scheme == Uri.UriSchemeHttps;
        if (!isHttpsUrl || string.Equals(publicBaseUrl?.Trim().TrimEnd('/'), DevelopmentBaseUrl, StringComparison.OrdinalIgnoreCase))
        {
            problems.Add($"{PublicBaseUrlKey} is {Describe(publicBaseUrl)}: set it to the app's public HTTPS address, for example " +
                "Email__PublicBaseUrl=https://mentoring.library.example.edu (links in mail are built from it).");
        }
        else if (problems.Count == 0 && !hosts.Any(h => Matches(h, url!.Host)))
        {
            problems.Add($"{PublicBaseUrlKey} names the host {url!.Host}, which {AllowedHostsKey} ({allowedHosts}) refuses: " +
                $"add it, for example AllowedHosts={url.Host}.");
        }
        return problems;
    }

    /// <summary>Stops start-up with one message that lists every setting to fix.</summary>
    public static void EnsureReady(IConfiguration configuration)
    {
        var problems = Problems(configuration[AllowedHostsKey], configuration[PublicBaseUrlKey]);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("MentoringProgram will not start in Production until these settings are set " +
                "(as environment variables, ':' becomes '__'; see docs/operations.md):" + Environment.NewLine +
                string.Join(Environment.NewLine, problems.Select(p => " - " + p)));
        }
    }

    private static string Describe(string? value) => string.IsNullOrWhiteSpace(value) ? "not set" : $"'{value}'";

    /// <summary>As the host filtering middleware reads the list: exact names, or "*.domain" for its subdomains.</summary>
    private static bool Matches(string allowed, string host) =>
        string.Equals(allowed, host, StringComparison.OrdinalIgnoreCase)
        || (allowed.StartsWith("*.", StringComparison.Ordinal) && host.EndsWith(allowed[1..], StringComparison.OrdinalIgnoreCase));
}
