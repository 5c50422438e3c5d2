using System.Net;
using Microsoft.AspNetCore.HttpOverrides;
using IPNetwork = System.Net.IPNetwork;

namespace MentoringProgram.Web.Infrastructure;

/// <summary>
/// Behind a TLS-terminating proxy the app sees plain HTTP from the proxy; the proxy's X-Forwarded-Proto says the
/// visitor used HTTPS, which Secure cookies, antiforgery and HSTS depend on. Those headers are believed only from the
/// configured proxies: from anyone else they would let a visitor forge their address or scheme. (Not
/// ASPNETCORE_FORWARDEDHEADERS_ENABLED, which believes every sender.)
/// </summary>
public static class TrustedProxies
{
    public static WebApplicationBuilder AddTrustedProxies(this WebApplicationBuilder builder)
    {
        var proxies = builder.Configuration.GetSection(TrustedProxyOptions.Section).Get<TrustedProxyOptions>() ?? new TrustedProxyOptions();
        // Read now, so a mistyped address stops start-up instead of leaving every request "untrusted".
        var configure = Configure(proxies);
        builder.Services.Configure(configure);
        return builder;
    }

    /// <summary>The forwarded-headers settings for these proxies; configured addresses replace the loopback default.</summary>
    public static Action<ForwardedHeadersOptions> Configure(TrustedProxyOptions proxies)
    {
        var addresses = proxies.KnownProxies.Select(p => IPAddress.TryParse(p.Trim(), out var address)
            ? address
            : throw new InvalidOperationException($"{TrustedProxyOptions.Section}:KnownProxies has '{p}', which is not an IP address (for example 172.28.0.10).")).ToList();
        var networks = proxies.KnownNetworks.Select(n => IPNetwork.TryParse(n.Trim(), out var network)
            ? network
            : throw new InvalidOperationException($"{TrustedProxyOptions.Section}:KnownNetworks has '{n}', which is not a network in CIDR notation (for example 10.0.0.0/24).")).ToList();
        return options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            options.ForwardLimit = 1;
            if (addresses.Count + networks.Count > 0)
            {
                options.KnownProxies.Clear();
                options.KnownIPNetworks.Clear();
                addresses.ForEach(options.KnownProxies.Add);
                networks.ForEach(options.KnownIPNetworks.Add);
            }
        };
    }
}
