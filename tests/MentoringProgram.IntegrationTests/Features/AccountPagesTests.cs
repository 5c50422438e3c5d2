using System.Net;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Testing;
using MentoringProgram.Web.Areas.Identity.Pages.Account;
using MentoringProgram.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>The app's own account pages (issue 10, items 1, 4, 5, 8, 12 and 18): links in mail from the public
/// address only, the same answer for known and unknown addresses, logout that always ends the session, account
/// creation as one unit of work, and no 500 for any input.</summary>
public abstract class AccountPagesTests(AppFixture fixture) : AppTests(fixture)
{
    private const string ForeignHost = "evil.example";

    [Fact]
    public async Task MailLinks_FollowThePublicAddress_NotTheHostHeader()
    {
        var known = Unique("victim");
        await App.CreateUserAsync(known);
        var newcomer = Unique("newcomer");
        var client = NewClient();
        client.Http.DefaultRequestHeaders.Host = ForeignHost;

        await client.SubmitAsync("/Identity/Account/ForgotPassword", [new("Input.Email", known)]);
        await client.SubmitAsync("/Identity/Account/Register",
            [new("Input.Email", newcomer), new("Input.Password", TestAppFactory.Password), new("Input.ConfirmPassword", TestAppFactory.Password)]);
        await App.DeliverAsync();

        var reset = Assert.Single(await App.MessagesToAsync(known));
        var confirm = Assert.Single(await App.MessagesToAsync(newcomer));
        foreach (var message in new[] { reset, confirm })
        {
            Assert.DoesNotContain(ForeignHost, message.TextBody);
            Assert.DoesNotContain(ForeignHost, message.HtmlBody);
        }
        Assert.StartsWith("https://localhost/Identity/Account/ResetPassword?code=", reset.FirstLink("ResetPassword"));
        Assert.StartsWith("https://localhost/Identity/Account/ConfirmEmail?userId=", confirm.FirstLink("ConfirmEmail"));
    }

    [Fact]
    public async Task RegisterConfirmation_IsTheSamePage_WhateverAddressItIsAskedAbout()
    {
        var known = Unique("known");
        await App.CreateUserAsync(known);
        var client = NewClient();

        var forKnown = await client.GetPageAsync("/Identity/Account/RegisterConfirmation?email=" + Uri.EscapeDataString(known));
        var forUnknown = await client.GetPageAsync("/Identity/Account/RegisterConfirmation?email=" + Uri.EscapeDataString(Unique("nobody")));

        Assert.Equal(forKnown.QuerySelector("main")!.InnerHtml, forUnknown.QuerySelector("main")!.InnerHtml);
    }

    [Fact]
    public async Task Register_WithAKnownAddress_AnswersAsForANewOne_DoesTheSameWork_AndTellsTheOwner()
    {
        var known = Unique("owner");
        await App.CreateUserAsync(known);
        var newcomer = Unique("fresh");
        var hashes = new CountingPasswordHasher();
        await using var counted = App.WithWebHostBuilder(b => b.ConfigureServices(s => s.AddSingleton<IPasswordHasher<ApplicationUser>>(hashes)));
        var client = new AppClient(counted.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false }));
        async Task<(HttpResponseMessage Response, int Hashes)> RegisterAsync(string email)
        {
            var before = hashes.Count;
            var response = await client.SubmitAsync("/Identity/Account/Register",
                [new("Input.Email", email), new("Input.Password", "a long and unusual passphrase"), new("Input.ConfirmPassword", "a long and unusual passphrase")]);
            return (response, hashes.Count - before);
        }

        var forKnown = await RegisterAsync(known);
        var forNew = await RegisterAsync(newcomer);
        await App.DeliverAsync();

        Assert.Equal(HttpStatusCode.Redirect, forKnown.Response.StatusCode);
        Assert.Equal(forNew.Response.Headers.Location, forKnown.Response.Headers.Location);
        Assert.Equal("/Identity/Account/RegisterConfirmation", forKnown.Response.Headers.Location!.OriginalString);
        Assert.Equal(1, forNew.Hashes);
        Assert.Equal(forNew.Hashes, forKnown.Hashes);
        Assert.Equal("Someone tried to register with your address", Assert.Single(await App.MessagesToAsync(known)).Subject);
        Assert.Equal("Confirm your email for the mentoring program", Assert.Single(await App.MessagesToAsync(newcomer)).Subject);
        Assert.Equal(1, await App.WithDbAsync(db => db.Users.CountAsync(u => u.Email == known, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Register_WithACommonPassword_IsRefusedTheSame_ForAKnownAndANewAddress()
    {
        var known = Unique("owner");
        await App.CreateUserAsync(known);
        var client = NewClient();

        foreach (var email in new[] { known, Unique("fresh") })
        {
            var page = await AppClient.ParseAsync(await client.SubmitAsync("/Identity/Account/Register",
                [new("Input.Email", email), new("Input.Password", "password123"), new("Input.ConfirmPassword", "password123")]));
            Assert.Contains("commonly used", AppClient.FieldError(page, "Input.Password"));
        }
    }

    [Theory]
    [InlineData("/Identity/Account/ForgotPassword")]
    [InlineData("/Identity/Account/ResendEmailConfirmation")]
    public async Task PagesThatMailALink_AnswerTheSame_AndSendOneMessage_ForKnownAndUnknownAddresses(string page)
    {
        var known = Unique("known");
        await App.CreateUserAsync(known);
        var unknown = Unique("unknown");
        var client = NewClient();

        var forKnown = await client.SubmitAsync(page, [new("Input.Email", known)]);
        var forUnknown = await client.SubmitAsync(page, [new("Input.Email", unknown)]);
        await App.DeliverAsync();

        Assert.Equal(HttpStatusCode.Redirect, forKnown.StatusCode);
        Assert.Equal(forKnown.Headers.Location, forUnknown.Headers.Location);
        Assert.Single(await App.MessagesToAsync(known));
        Assert.Equal("No mentoring program account uses this address", Assert.Single(await App.MessagesToAsync(unknown)).Subject);
    }

    [Fact]
    public async Task ResetPassword_ForAnUnknownAddress_SaysWhatAWrongLinkSays()
    {
        var known = Unique("known");
        await App.CreateUserAsync(known);
        var code = MentoringProgram.Web.Features.Account.AccountMail.Encode("not a real token");
        var client = NewClient();
        async Task<string> TryAsync(string email) => (await AppClient.ParseAsync(await client.SubmitAsync($"/Identity/Account/ResetPassword?code={code}",
            [new("Input.Email", email), new("Input.Password", "a brand new passphrase"), new("Input.ConfirmPassword", "a brand new passphrase"), new("Input.Code", code)])))
            .QuerySelector(".error-summary")!.TextContent;

        var forKnown = await TryAsync(known);
        var forUnknown = await TryAsync(Unique("nobody"));

        Assert.Contains(ResetPasswordModel.LinkNotValid, forKnown);
        Assert.Equal(forKnown, forUnknown);
    }

    [Fact]
    public async Task ResetPassword_ConfirmsTheAddress_AndLiftsALockout()
    {
        var email = Unique("locked.out");
        await App.CreateUserAsync(email);
        var client = NewClient();
        for (var i = 0; i < 5; i++)
        {
            await client.SubmitAsync("/Identity/Account/Login", [new("Input.Email", email), new("Input.Password", "wrong password " + i)]);
        }

        await client.SubmitAsync("/Identity/Account/ForgotPassword", [new("Input.Email", email)]);
        await App.DeliverAsync();
        var link = Assert.Single(await App.MessagesToAsync(email)).FirstLink("/Identity/Account/ResetPassword");
        var code = (await client.GetPageAsync(link)).QuerySelector("input[name='Input.Code']")!.GetAttribute("value")!;
        var reset = await client.SubmitAsync(link, [new("Input.Email", email), new("Input.Password", "a brand new passphrase"),
            new("Input.ConfirmPassword", "a brand new passphrase"), new("Input.Code", code)]);

        Assert.Equal("/Identity/Account/ResetPasswordConfirmation", reset.Headers.Location!.OriginalString);
        await client.LoginAsync(email, "a brand new passphrase");
    }

    [Fact]
    public async Task Lockout_SaysHowLongItLasts_AndWhenToTryAgain()
    {
        var email = Unique("locked");
        await App.CreateUserAsync(email);
        var client = NewClient();
        for (var i = 0; i < 5; i++)
        {
            await client.SubmitAsync("/Identity/Account/Login", [new("Input.Email", email), new("Input.Password", "wrong password " + i)]);
        }
        var refused = await client.SubmitAsync("/Identity/Account/Login", [new("Input.Email", email), new("Input.Password", TestAppFactory.Password)]);
        var page = await client.GetPageAsync(refused.Headers.Location!.OriginalString);

        var text = page.QuerySelector("main")!.TextContent;
        Assert.Contains("locked for 15 minutes", text);
        Assert.Contains("You can try again after", text);
        var until = await App.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.LockoutEnd).SingleAsync(TestContext.Current.CancellationToken));
        Assert.Equal(until!.Value.UtcDateTime.ToString("HH:mm") + " UTC", page.QuerySelector("main time")!.TextContent);
    }

    [Theory]
    [InlineData("http://evil.test/")]
    [InlineData("//evil.test/")]
    [InlineData("javascript:alert(1)")]
    [InlineData("")]
    public async Task Logout_EndsTheSession_AndStaysOnThisSite_WhateverTheReturnUrl(string returnUrl)
    {
        var email = Unique("leaving");
        await App.CreateUserAsync(email);
        var client = await LoginAsync(email);
        var token = await client.TokenAsync("/");

        var loggedOut = await client.PostAsync("/Identity/Account/Logout?returnUrl=" + Uri.EscapeDataString(returnUrl), [new("__RequestVerificationToken", token)]);

        Assert.Equal(HttpStatusCode.Redirect, loggedOut.StatusCode);
        Assert.Equal("/", loggedOut.Headers.Location!.OriginalString);
        var after = await client.GetAsync("/Profile");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/Identity/Account/Login", after.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task CreatingAnAccount_ThatFailsHalfWay_LeavesNoLogin()
    {
        var email = Unique("half.made");
        var other = await App.CreateUserAsync(Unique("other.login"));
        // The staff record with the new address is already linked to another login: linking the new account's
        // profile fails after the login and its role were written.
        await App.WithDbAsync(db => db.StaffMembers.Where(s => s.UserId == other.Id)
            .ExecuteUpdateAsync(s => s.SetProperty(m => m.WorkEmail, email), TestContext.Current.CancellationToken));

        await Assert.ThrowsAsync<InvalidOperationException>(() => App.WithScopeAsync(sp =>
            sp.GetRequiredService<UserManager<ApplicationUser>>().CreateAsync(new ApplicationUser { UserName = email, Email = email }, TestAppFactory.Password)));

        Assert.False(await App.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email, TestContext.Current.CancellationToken)));
        Assert.False(await App.WithDbAsync(db => db.UserRoles.AnyAsync(r => !db.Users.Any(u => u.Id == r.UserId), TestContext.Current.CancellationToken)));
    }

    public static TheoryData<string, string> GarbageInput => new()
    {
        { "/Identity/Account/Login", "Input.Email=&Input.Password=" },
        { "/Identity/Account/Login", "Input.Email=" + new string('a', 5000) + "@x.test&Input.Password=" + new string('p', 5000) + "&Input.RememberMe=maybe" },
        { "/Identity/Account/Register", "Input.Email=&Input.Password=&Input.ConfirmPassword=" },
        { "/Identity/Account/Register", "Input.Email=" + new string('a', 300) + "@x.test&Input.Password=" + new string('p', 300) + "&Input.ConfirmPassword=x" },
        { "/Identity/Account/ForgotPassword", "Input.Email=" },
        { "/Identity/Account/ForgotPassword", "Input.Email=not-an-address%0d%0aBcc:%20x@y.test" },
        { "/Identity/Account/ResendEmailConfirmation", "Input.Email=" + new string('a', 300) + "@x.test" },
        { "/Identity/Account/ResetPassword", "Input.Email=&Input.Password=&Input.ConfirmPassword=&Input.Code=" },
        { "/Identity/Account/ResetPassword", "Input.Email=a@library.test&Input.Password=a%20long%20passphrase&Input.ConfirmPassword=a%20long%20passphrase&Input.Code=%%%not-base64" },
        { "/Identity/Account/ResetPassword", "Input.Code=" + new string('A', 5000) },
        { "/Identity/Account/Logout?returnUrl=http%3A%2F%2Fevil.test%2F", "" },
    };

    [Theory]
    [MemberData(nameof(GarbageInput))]
    public async Task AccountPages_NeverAnswer500_ToAnyInput(string page, string body)
    {
        var client = NewClient();
        var token = await client.TokenAsync("/Identity/Account/Login");
        var response = await client.Http.PostAsync(page, new StringContent($"__RequestVerificationToken={Uri.EscapeDataString(token)}&{body}",
            System.Text.Encoding.UTF8, "application/x-www-form-urlencoded"), TestContext.Current.CancellationToken);

        Assert.True((int)response.StatusCode < 500, $"{page} answered {(int)response.StatusCode}");
    }

    [Theory]
    [InlineData("/Identity/Account/ConfirmEmail")]
    [InlineData("/Identity/Account/ConfirmEmail?userId=nobody&code=%%%")]
    [InlineData("/Identity/Account/ConfirmEmail?userId=&code=QUJD")]
    [InlineData("/Identity/Account/ResetPassword")]
    [InlineData("/Identity/Account/ResetPassword?code=%%%")]
    [InlineData("/Identity/Account/Lockout")]
    [InlineData("/Identity/Account/AccessDenied")]
    [InlineData("/Identity/Account/RegisterConfirmation")]
    [InlineData("/Identity/Account/ForgotPasswordConfirmation")]
    [InlineData("/Identity/Account/ResetPasswordConfirmation")]
    public async Task AccountLinks_WithMissingOrEditedValues_ShowAPage(string url)
    {
        var page = await NewClient().GetPageAsync(url);

        Assert.NotNull(page.QuerySelector("main h1"));
    }

    [Theory]
    [InlineData("/Identity/Account/Manage")]
    [InlineData("/Identity/Account/Manage/Email")]
    [InlineData("/Identity/Account/Manage/PersonalData")]
    public async Task IdentityUiPages_AreGone(string url)
    {
        var client = await LoginAsync(await CreateStaffAsync());

        var response = await client.GetAsync(url);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private async Task<string> CreateStaffAsync()
    {
        var email = Unique("staff");
        await App.CreateUserAsync(email);
        return email;
    }

    private sealed class CountingPasswordHasher : IPasswordHasher<ApplicationUser>
    {
        private readonly PasswordHasher<ApplicationUser> _inner = new();
        private int _count;

        public int Count => _count;

        public string HashPassword(ApplicationUser user, string password)
        {
            Interlocked.Increment(ref _count);
            return _inner.HashPassword(user, password);
        }

        public PasswordVerificationResult VerifyHashedPassword(ApplicationUser user, string hashedPassword, string providedPassword)
        {
            Interlocked.Increment(ref _count);
            return _inner.VerifyHashedPassword(user, hashedPassword, providedPassword);
        }
    }
}

public sealed class AccountPagesTestsOnSqlite(SqliteApp fixture) : AccountPagesTests(fixture), IClassFixture<SqliteApp>;

public sealed class AccountPagesTestsOnPostgres(PostgresApp fixture) : AccountPagesTests(fixture), IClassFixture<PostgresApp>;
