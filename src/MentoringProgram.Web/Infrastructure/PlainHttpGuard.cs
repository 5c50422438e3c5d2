using System.Text.Encodings.Web;
using MentoringProgram.Web.Email;
using Microsoft.Extensions.Options;

namespace MentoringProgram.Web.Infrastructure;

/// <summary>
/// Outside Development every cookie is Secure, so a page served over plain HTTP cannot work (its antiforgery token
/// alone would fail with a 500). A plain-HTTP request that did not come through a trusted proxy is sent to the public
/// HTTPS address when it is a GET; anything else gets a short page that says what to use or configure.
/// </summary>
public static class PlainHttpGuard
{
    public static IApplicationBuilder UsePlainHttpGuard(this IApplicationBuilder app) =>
        app.Use(async (context, next) =>
        {
            if (context.Request.IsHttps)
            {
                await next();
                return;
            }
            var publicBaseUrl = context.RequestServices.GetRequiredService<IOptions<EmailOptions>>().Value.PublicBaseUrl;
            var hasHttpsAddress = Uri.TryCreate(publicBaseUrl, UriKind.Absolute, out var baseUrl) && baseUrl.Scheme == Uri.UriSchemeHttps;
            // The forwarded-headers middleware consumes the headers of a trusted proxy; still here means an untrusted one.
            var viaUntrustedProxy = context.Request.Headers.ContainsKey("X-Forwarded-Proto") || context.Request.Headers.ContainsKey("X-Forwarded-For");
            var logger = context.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger("Security");

            if (viaUntrustedProxy)
            {
                logger.LogWarning("Plain-HTTP request with forwarded headers from {RemoteIp}, which is not a trusted proxy ({Section}:KnownProxies)",
                    context.Connection.RemoteIpAddress?.ToString(), TrustedProxyOptions.Section);
                await WritePageAsync(context,
                    "This request came through a reverse proxy that the app does not trust, so the app cannot tell that it was made over HTTPS. " +
                    $"An administrator should add the proxy's address (written to the app's log) to {TrustedProxyOptions.Section}:KnownProxies, " +
                    $"or its network to {TrustedProxyOptions.Section}:KnownNetworks.");
                return;
            }
            if (hasHttpsAddress && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)))
            {
                context.Response.Redirect(baseUrl!.GetLeftPart(UriPartial.Authority) + baseUrl.AbsolutePath.TrimEnd('/')
                    + context.Request.Path + context.Request.QueryString);
                return;
            }
            await WritePageAsync(context, hasHttpsAddress
                ? $"Use the HTTPS address: {publicBaseUrl}"
                : "Serve the app over HTTPS (Kestrel with a certificate, or a TLS-terminating reverse proxy) and set " +
                  "Email:PublicBaseUrl to its https:// address.");
        });

    private static async Task WritePageAsync(HttpContext context, string advice)
    {
        context.Response.StatusCode = StatusCodes.Status400BadRequest;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>HTTPS required – Mentoring Program</title></head><body><main>" +
            "<h1>This app works over HTTPS only</h1>" +
            $"<p>{HtmlEncoder.Default.Encode(advice)}</p></main></body></html>", context.RequestAborted);
    }
}
