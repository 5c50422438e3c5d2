using System.Security.Claims;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Authentication;
using Microsoft.Extensions.Time.Testing;
using Moq;

namespace MentoringProgram.UnitTests.Infrastructure;

public sealed class KeptTicketFormatTests
{
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero));
    private readonly Mock<ISecureDataFormat<AuthenticationTicket>> _inner = new();

    private static AuthenticationTicket Ticket(string userId) =>
        new(new ClaimsPrincipal(new ClaimsIdentity([new Claim(ClaimTypes.NameIdentifier, userId)], "Identity.Application")), "Identity.Application");

    [Fact]
    public void ACookie_IsDecryptedOnceAMinute_AndEachCallerGetsItsOwnCopy()
    {
        _inner.Setup(f => f.Unprotect("cookie-a")).Returns(() => Ticket("u1"));
        var format = new KeptTicketFormat(_inner.Object, _clock);

        var first = format.Unprotect("cookie-a")!;
        first.Properties.IssuedUtc = _clock.GetUtcNow();
        first.Properties.Items["changed"] = "by the first caller";
        _clock.Advance(TimeSpan.FromSeconds(59));
        var second = format.Unprotect("cookie-a")!;

        _inner.Verify(f => f.Unprotect("cookie-a"), Times.Once);
        Assert.Equal("u1", second.Principal.FindFirstValue(ClaimTypes.NameIdentifier));
        Assert.NotSame(first, second);
        Assert.Null(second.Properties.IssuedUtc);
        Assert.False(second.Properties.Items.ContainsKey("changed"));

        _clock.Advance(TimeSpan.FromSeconds(1));
        format.Unprotect("cookie-a");
        _inner.Verify(f => f.Unprotect("cookie-a"), Times.Exactly(2));
    }

    [Fact]
    public void ACookieThatDoesNotDecrypt_IsNeverKept_NorIsAnotherCookiesTicketReturned()
    {
        _inner.Setup(f => f.Unprotect("cookie-a")).Returns(() => Ticket("u1"));
        _inner.Setup(f => f.Unprotect("forged")).Returns((AuthenticationTicket?)null);
        var format = new KeptTicketFormat(_inner.Object, _clock);
        format.Unprotect("cookie-a");

        Assert.Null(format.Unprotect("forged"));
        Assert.Null(format.Unprotect("forged"));
        Assert.Null(format.Unprotect("cookie-a-"));
        Assert.Null(format.Unprotect(null));
        _inner.Verify(f => f.Unprotect("forged"), Times.Exactly(2));
    }

    [Fact]
    public void ProtectingAndPurposes_GoStraightToTheCookiesOwnFormat()
    {
        var ticket = Ticket("u1");
        _inner.Setup(f => f.Protect(ticket)).Returns("cookie-a");
        _inner.Setup(f => f.Unprotect("cookie-a", "other")).Returns(() => Ticket("u1"));
        var format = new KeptTicketFormat(_inner.Object, _clock);

        Assert.Equal("cookie-a", format.Protect(ticket));
        format.Unprotect("cookie-a", "other");
        format.Unprotect("cookie-a", "other");

        _inner.Verify(f => f.Unprotect("cookie-a", "other"), Times.Exactly(2));
    }
}
