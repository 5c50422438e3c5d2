using System.Net;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Testing;

namespace MentoringProgram.IntegrationTests.Features;

public sealed class SecurityTests(SqliteApp fixture) : AppTests(fixture), IClassFixture<SqliteApp>
{
    [Fact]
    public async Task HtmlResponses_CarryTheSecurityHeaders()
    {
        var response = await NewClient().GetAsync("/Identity/Account/Login");
        var csp = string.Join(";", response.Headers.GetValues("Content-Security-Policy"));

        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("object-src 'none'", csp);
        Assert.Contains("base-uri 'none'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.DoesNotContain("unsafe-inline", csp);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("same-origin", Assert.Single(response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Hsts_IsAYearWithSubdomains_OutsideDevelopment()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "https://mentoring.library.example/Identity/Account/Login");
        var response = await NewClient().Http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal("max-age=31536000; includeSubDomains", Assert.Single(response.Headers.GetValues("Strict-Transport-Security")));
    }

    [Fact]
    public async Task AuthAndAntiforgeryCookies_AreHostPrefixedSecureHttpOnly()
    {
        var email = Unique("cookies");
        await App.CreateUserAsync(email);
        var client = NewClient();
        var loginPage = await client.GetAsync("/Identity/Account/Login");
        var antiforgery = loginPage.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-mentoring-af=", StringComparison.Ordinal));
        var login = await client.SubmitAsync("/Identity/Account/Login", [new("Input.Email", email), new("Input.Password", TestAppFactory.Password)]);
        var auth = login.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-mentoring=", StringComparison.Ordinal));

        foreach (var cookie in new[] { antiforgery, auth })
        {
            Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("path=/", cookie, StringComparison.OrdinalIgnoreCase);
            Assert.Contains("samesite", cookie, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task UnsafeRequestWithoutAntiforgeryToken_IsRefused()
    {
        var email = Unique("csrf");
        await App.CreateUserAsync(email);
        var client = await LoginAsync(email);

        var response = await client.PostAsync("/Profile", [new("FullName", "Forged Name")]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task AKeptFormToken_ServesOnlyItsOwnUser_EvenOnTheSameBrowserAfterSigningInAsSomeoneElse()
    {
        var firstEmail = Unique("first");
        var secondEmail = Unique("second");
        await App.CreateUserAsync(firstEmail);
        await App.CreateUserAsync(secondEmail);
        var client = await LoginAsync(firstEmail);
        // Twice, so the second page's token is the kept one.
        await client.TokenAsync("/");
        var firstToken = await client.TokenAsync("/Profile");
        var profile = AppClient.FormValues(await client.GetPageAsync("/Profile"));

        var asFirst = await client.PostAsync("/Profile", [new("__RequestVerificationToken", firstToken), .. profile]);
        await client.PostAsync("/Identity/Account/Logout", [new("__RequestVerificationToken", firstToken)]);
        await client.LoginAsync(secondEmail, TestAppFactory.Password);
        var secondToken = await client.TokenAsync("/");
        var secondsProfile = AppClient.FormValues(await client.GetPageAsync("/Profile"));
        var replayed = await client.PostAsync("/Profile", [new("__RequestVerificationToken", firstToken), .. secondsProfile]);
        var asSecond = await client.PostAsync("/Profile", [new("__RequestVerificationToken", secondToken), .. secondsProfile]);

        Assert.Equal(HttpStatusCode.Redirect, asFirst.StatusCode);
        Assert.NotEqual(firstToken, secondToken);
        Assert.Equal(HttpStatusCode.BadRequest, replayed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, asSecond.StatusCode);
    }

    [Fact]
    public async Task UnknownPage_ShowsAFriendlyNotFound()
    {
        var email = Unique("lost");
        await App.CreateUserAsync(email);
        var response = await (await LoginAsync(email)).GetAsync("/no/such/page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Page not found", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}
