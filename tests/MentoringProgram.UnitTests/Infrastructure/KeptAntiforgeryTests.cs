using System.Security.Claims;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace MentoringProgram.UnitTests.Infrastructure;

public sealed class KeptAntiforgeryTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly Mock<IAntiforgery> _inner = new();
    private readonly AntiforgeryOptions _options = new() { Cookie = { Name = "__Host-af", SecurePolicy = CookieSecurePolicy.Always } };
    private int _made;

    public KeptAntiforgeryTests() =>
        // Each call of the default makes a token of its own, as encrypting with a fresh IV does.
        _inner.Setup(a => a.GetAndStoreTokens(It.IsAny<HttpContext>())).Returns(() => new AntiforgeryTokenSet($"form-token-{++_made}", null, "__RequestVerificationToken", null));

    private KeptAntiforgery Antiforgery() => new(_inner.Object, Options.Create(_options), _clock);

    private static DefaultHttpContext Request(string? userId, string? cookie = "cookie-a", bool https = true, string name = "pat@library.test")
    {
        var context = new DefaultHttpContext();
        context.Request.IsHttps = https;
        if (cookie is not null)
        {
            context.Request.Headers.Cookie = $"__Host-af={cookie}";
        }
        if (userId is not null)
        {
            context.User = new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId), new Claim(ClaimTypes.Name, name)], "Identity.Application"));
        }
        return context;
    }

    [Fact]
    public void ASignedInVisitorsToken_IsMadeOncePerCookie_AndLaterPagesAreStillMarkedNotToBeCached()
    {
        var antiforgery = Antiforgery();

        var first = antiforgery.GetAndStoreTokens(Request("u1"));
        _clock.Advance(KeptAntiforgery.KeptFor - TimeSpan.FromSeconds(1));
        var later = Request("u1");
        var second = antiforgery.GetAndStoreTokens(later);

        Assert.Equal("form-token-1", first.RequestToken);
        Assert.Equal("form-token-1", second.RequestToken);
        Assert.Equal(1, _made);
        Assert.Equal("no-cache, no-store", later.Response.Headers.CacheControl.ToString());
        Assert.Equal("no-cache", later.Response.Headers.Pragma.ToString());
    }

    [Fact]
    public void AnotherUser_AnotherCookie_OrTimePassing_GetsATokenOfItsOwn()
    {
        var antiforgery = Antiforgery();
        antiforgery.GetAndStoreTokens(Request("u1"));

        // The same browser after signing out and in as someone else keeps its antiforgery cookie.
        var otherUser = antiforgery.GetAndStoreTokens(Request("u2"));
        var renamed = antiforgery.GetAndStoreTokens(Request("u1", name: "someone@library.test"));
        var otherCookie = antiforgery.GetAndStoreTokens(Request("u1", cookie: "cookie-b"));
        _clock.Advance(KeptAntiforgery.KeptFor);
        var expired = antiforgery.GetAndStoreTokens(Request("u1"));

        Assert.Equal(["form-token-2", "form-token-3", "form-token-4", "form-token-5"],
            new[] { otherUser, renamed, otherCookie, expired }.Select(t => t.RequestToken));
    }

    [Fact]
    public void AnonymousVisitors_NoCookie_PlainHttp_OrANewCookie_KeepNothing()
    {
        var antiforgery = Antiforgery();
        _inner.Setup(a => a.GetAndStoreTokens(It.Is<HttpContext>(c => c.Request.Headers.Cookie.ToString().Contains("stale", StringComparison.Ordinal))))
            .Returns(() => new AntiforgeryTokenSet($"form-token-{++_made}", "new-cookie-token", "__RequestVerificationToken", null));

        for (var i = 0; i < 2; i++)
        {
            antiforgery.GetAndStoreTokens(Request(userId: null));
            antiforgery.GetAndStoreTokens(Request("u1", cookie: null));
            antiforgery.GetAndStoreTokens(Request("u1", https: false));
            antiforgery.GetAndStoreTokens(Request("u1", cookie: "stale"));
        }

        Assert.Equal(8, _made);
    }

    [Fact]
    public async Task Validation_IsNeverKept()
    {
        var antiforgery = Antiforgery();
        var post = Request("u1");
        antiforgery.GetAndStoreTokens(Request("u1"));

        await antiforgery.ValidateRequestAsync(post);
        await antiforgery.ValidateRequestAsync(post);

        _inner.Verify(a => a.ValidateRequestAsync(post), Times.Exactly(2));
    }
}
