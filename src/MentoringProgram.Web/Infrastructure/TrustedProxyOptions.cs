namespace MentoringProgram.Web.Infrastructure;

/// <summary>The reverse proxies whose X-Forwarded-For and X-Forwarded-Proto headers the app believes.</summary>
public sealed class TrustedProxyOptions
{
    public const string Section = "ForwardedHeaders";

    /// <summary>Proxy IP addresses, such as 172.28.0.10. When this and <see cref="KnownNetworks"/> are both
    /// empty, only loopback is trusted (a proxy on the same machine).</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>Proxy networks in CIDR notation, such as 10.0.0.0/24.</summary>
    public string[] KnownNetworks { get; set; } = [];
}
