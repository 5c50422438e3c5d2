using System.Net;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Testing;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.IntegrationTests.Features;

public sealed class SharedKeysTests(SqliteApp fixture) : AppTests(fixture), IClassFixture<SqliteApp>
{
    [Fact]
    public async Task ASignInCookieFromOneInstance_IsAcceptedByAnother_OnTheSameDatabase()
    {
        var email = Unique("twoinstances");
        await App.CreateUserAsync(email);
        var first = App.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });
        var loginPage = await first.GetAsync("/Identity/Account/Login", TestContext.Current.CancellationToken);
        var antiforgeryCookie = loginPage.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-mentoring-af=", StringComparison.Ordinal)).Split(';')[0];
        var page = await AppClient.ParseAsync(loginPage);
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var login = new HttpRequestMessage(HttpMethod.Post, "/Identity/Account/Login")
        {
            Content = new FormUrlEncodedContent([new("__RequestVerificationToken", token), new("Input.Email", email), new("Input.Password", TestAppFactory.Password)]),
        };
        login.Headers.Add("Cookie", antiforgeryCookie);
        var signedIn = await first.SendAsync(login, TestContext.Current.CancellationToken);
        var authCookie = signedIn.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-mentoring=", StringComparison.Ordinal)).Split(';')[0];

        // A second app instance: its own process state, the same database and so the same key ring.
        await using var second = new TestAppFactory(App.Database);
        var client = second.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false, HandleCookies = false });
        var request = new HttpRequestMessage(HttpMethod.Get, "/Profile");
        request.Headers.Add("Cookie", authCookie);
        var response = await client.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        // The key ring is in the database, not a machine-local folder (which would only work on one machine).
        Assert.True(await App.WithDbAsync(db => db.DataProtectionKeys.AnyAsync(TestContext.Current.CancellationToken)));
    }
}
