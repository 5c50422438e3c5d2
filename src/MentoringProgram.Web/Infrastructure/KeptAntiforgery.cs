using System.Security.Claims;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.Extensions.Options;

namespace MentoringProgram.Web.Infrastructure;

/// <summary>
/// Antiforgery with the signed-in visitor's form token kept on this instance for a while. Every page has a form (the
/// header's log-out), and making its token decrypts the antiforgery cookie and encrypts a new token (two key
/// derivations, HMACs and AES): a fifth of a light page (issue 12). A form token is bound to the cookie's token and to
/// the user, never to the page or the moment, so the one made for this cookie and this user is as good on the next page
/// as a fresh one: it is kept under the cookie's whole text and the user's id and name, and only when the request's
/// cookie was valid (a request given a new cookie keeps nothing). Anonymous visitors, who can get new cookies at will,
/// keep nothing. Validation is never kept: every post is checked in full.
/// </summary>
public sealed class KeptAntiforgery(IAntiforgery inner, IOptions<AntiforgeryOptions> options, TimeProvider clock) : IAntiforgery
{
    public static readonly TimeSpan KeptFor = TimeSpan.FromMinutes(10);

    private readonly KeptForAWhile<AntiforgeryTokenSet> _tokens = new(KeptFor, clock);

    public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext)
    {
        var key = KeyOf(httpContext);
        if (key is not null && _tokens.TryGet(key, out var kept))
        {
            // What the default antiforgery does besides making the token: a page holding one is never cached.
            if (!httpContext.Response.HasStarted)
            {
                httpContext.Response.Headers.CacheControl = "no-cache, no-store";
                httpContext.Response.Headers.Pragma = "no-cache";
            }
            return kept;
        }
        var tokens = inner.GetAndStoreTokens(httpContext);
        // A new cookie token means the request's cookie was missing or invalid: the next request brings the new one.
        if (key is not null && tokens.CookieToken is null)
        {
            _tokens.Keep(key, tokens);
        }
        return tokens;
    }

    public AntiforgeryTokenSet GetTokens(HttpContext httpContext) => inner.GetTokens(httpContext);

    public Task<bool> IsRequestValidAsync(HttpContext httpContext) => inner.IsRequestValidAsync(httpContext);

    public Task ValidateRequestAsync(HttpContext httpContext) => inner.ValidateRequestAsync(httpContext);

    public void SetCookieTokenAndHeader(HttpContext httpContext) => inner.SetCookieTokenAndHeader(httpContext);

    /// <summary>The cookie's text and the signed-in user, or null when nothing may be kept: an anonymous visitor, no
    /// cookie, or a plain-HTTP request where the cookie must be Secure (the default then refuses, as it should).</summary>
    private string? KeyOf(HttpContext httpContext)
    {
        var cookie = options.Value.Cookie;
        if (httpContext.User.Identity is not { IsAuthenticated: true } identity
            || httpContext.User.FindFirstValue(ClaimTypes.NameIdentifier) is not { } userId
            || httpContext.Request.Cookies[cookie.Name!] is not { Length: > 0 } cookieText
            || (cookie.SecurePolicy == CookieSecurePolicy.Always && !httpContext.Request.IsHttps))
        {
            return null;
        }
        return string.Join('\n', cookieText, userId, identity.Name);
    }
}
