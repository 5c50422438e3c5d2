using System.Net;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Testing;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MentoringProgram.IntegrationTests.Features;

public sealed class SessionTests(SqliteApp fixture) : AppTests(fixture), IClassFixture<SqliteApp>
{
    [Fact]
    public async Task PasswordChange_EndsTheOtherSessionsWithinAMinute()
    {
        var email = Unique("twodevices");
        await App.CreateUserAsync(email);
        var laptop = await LoginAsync(email);
        var phone = await LoginAsync(email);

        var changed = await laptop.SubmitAsync("/Identity/Account/ChangePassword",
            [new("Input.CurrentPassword", TestAppFactory.Password), new("Input.NewPassword", "another long passphrase"), new("Input.ConfirmPassword", "another long passphrase")]);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        App.Clock.Advance(TimeSpan.FromMinutes(2));

        var onPhone = await phone.GetAsync("/Profile");
        var onLaptop = await laptop.GetAsync("/Profile");

        Assert.Equal(HttpStatusCode.Redirect, onPhone.StatusCode);
        Assert.StartsWith("https://localhost/Identity/Account/Login", onPhone.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, onLaptop.StatusCode);
    }

    /// <summary>Two devices whose cookies are past the validation interval: the first request reads the account, the
    /// second (another cookie, same account and stamp) is answered from that check; a password change on this instance
    /// ends the other device's session at its next check even though the account was checked moments before.</summary>
    [Fact]
    public async Task AStaleCookie_IsCheckedOncePerInterval_NotOnEveryRequest_AndAStampChangeStillEndsIt()
    {
        var counter = new StatementCounter();
        using var counted = App.WithWebHostBuilder(b => b.ConfigureTestServices(s => s.ConfigureDbContext<SqliteAppDbContext>(o => o.AddInterceptors(counter))));
        async Task<AppClient> SignInAsync(string address)
        {
            var client = new AppClient(counted.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false }));
            await client.LoginAsync(address, TestAppFactory.Password);
            return client;
        }
        var email = Unique("stale");
        await App.CreateUserAsync(email);
        var laptop = await SignInAsync(email);
        var phone = await SignInAsync(email);
        var tablet = await SignInAsync(email);
        App.Clock.Advance(TimeSpan.FromSeconds(61));

        async Task<(HttpStatusCode Status, int AccountReads)> GetAsync(AppClient client)
        {
            counter.Clear();
            counter.Counting = true;
            var response = await client.GetAsync("/");
            counter.Counting = false;
            // The session check: the account's stamp with its roles.
            return (response.StatusCode, counter.Statements.Count(s => s.Contains("SecurityStamp", StringComparison.Ordinal) && s.Contains("AspNetUserRoles", StringComparison.Ordinal)));
        }
        var first = await GetAsync(laptop);
        var second = await GetAsync(phone);

        Assert.Equal((HttpStatusCode.OK, 1), first);
        Assert.Equal((HttpStatusCode.OK, 0), second);

        var changed = await laptop.SubmitAsync("/Identity/Account/ChangePassword",
            [new("Input.CurrentPassword", TestAppFactory.Password), new("Input.NewPassword", "another long passphrase"), new("Input.ConfirmPassword", "another long passphrase")]);
        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var onTablet = await tablet.GetAsync("/Profile");

        Assert.Equal(HttpStatusCode.Redirect, onTablet.StatusCode);
        Assert.StartsWith("https://localhost/Identity/Account/Login", onTablet.Headers.Location!.ToString());
    }

    [Fact]
    public async Task ARoleTakenAway_TakesEffectWithinAMinute_WithoutSigningOut()
    {
        var email = Unique("wascoord");
        var user = await App.CreateUserAsync(email, coordinator: true);
        var client = await LoginAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Programs")).StatusCode);

        await App.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<ApplicationUser>>();
            return await users.RemoveFromRoleAsync((await users.FindByIdAsync(user.Id))!, Roles.Coordinator);
        });
        var withinTheMinute = await client.GetAsync("/Programs");
        App.Clock.Advance(TimeSpan.FromMinutes(2));
        var after = await client.GetAsync("/Programs");
        var home = await client.GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, withinTheMinute.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/Identity/Account/AccessDenied", after.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    [Fact]
    public async Task ARoleGiven_TakesEffectWithinAMinute()
    {
        var email = Unique("newcoord");
        var user = await App.CreateUserAsync(email);
        var client = await LoginAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/Programs")).StatusCode);

        await App.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<ApplicationUser>>();
            return await users.AddToRoleAsync((await users.FindByIdAsync(user.Id))!, Roles.Coordinator);
        });
        App.Clock.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Programs")).StatusCode);
    }

    [Fact]
    public async Task ADeletedAccount_IsSignedOut_AtTheNextCheck()
    {
        var email = Unique("deleted");
        var user = await App.CreateUserAsync(email);
        var client = await LoginAsync(email);
        await App.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<ApplicationUser>>();
            return await users.DeleteAsync((await users.FindByIdAsync(user.Id))!);
        });
        App.Clock.Advance(TimeSpan.FromMinutes(2));

        var response = await client.GetAsync("/Profile");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/Identity/Account/Login", response.Headers.Location!.ToString());
    }
}
