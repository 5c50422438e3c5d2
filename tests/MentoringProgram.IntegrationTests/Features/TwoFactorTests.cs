using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Testing;
using MentoringProgram.Web.Areas.Identity.Pages.Account;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.IntegrationTests.Features;

public abstract partial class TwoFactorTests(AppFixture fixture) : AppTests(fixture)
{
    private const string Url = "/Identity/Account/TwoFactor";
    private const string LoginWith2fa = "/Identity/Account/LoginWith2fa";
    private const string LoginWithRecoveryCode = "/Identity/Account/LoginWithRecoveryCode";

    private sealed record Setup(string Key, IReadOnlyList<string> RecoveryCodes);

    [Fact]
    public async Task SetUp_ShowsTheKeyAndAddress_AndTurnsOnWithACodeFromTheApp()
    {
        var email = Unique("setup");
        await App.CreateUserAsync(email);
        var client = await LoginAsync(email);
        Assert.Contains("Off", (await client.GetPageAsync(Url)).QuerySelector("#two-factor-status")!.TextContent);

        var started = await client.SubmitAsync(Url, [], "form#set-up");
        Assert.Equal(HttpStatusCode.Redirect, started.StatusCode);
        var verify = await client.GetPageAsync(started.Headers.Location!.OriginalString);
        var shownKey = verify.QuerySelector("#shared-key")!.TextContent.Trim();
        var uri = verify.QuerySelector("#authenticator-uri")!.TextContent.Trim();

        Assert.Matches(GroupsOfFour(), shownKey);
        var key = shownKey.Replace(" ", "", StringComparison.Ordinal);
        Assert.StartsWith($"otpauth://totp/MentoringProgram:{Uri.EscapeDataString(email)}?", uri);
        Assert.Contains($"secret={key}", uri, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("issuer=MentoringProgram", uri);
        var input = verify.QuerySelector("input[name='Input.Code']")!;
        Assert.Equal("one-time-code", input.GetAttribute("autocomplete"));
        Assert.Equal("numeric", input.GetAttribute("inputmode"));

        // Typed the way apps show it, with a space in the middle.
        var code = Totp.Code(key);
        var enabled = await client.SubmitAsync(started.Headers.Location!.OriginalString, [new("Input.Code", code[..3] + " " + code[3..])]);

        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        var codes = RecoveryCodesOn(await AppClient.ParseAsync(enabled));
        Assert.Equal(10, codes.Count);
        Assert.Equal(10, codes.Distinct().Count());
        var status = await client.GetPageAsync(Url);
        Assert.Contains("On", status.QuerySelector("#two-factor-status")!.TextContent);
        Assert.Contains("10 recovery codes left", status.Body!.TextContent);
        Assert.True(await App.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.TwoFactorEnabled).SingleAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task SetUp_WithAWrongBlankOrOverlongCode_SaysSo_AndStaysOff()
    {
        var email = Unique("badsetup");
        await App.CreateUserAsync(email);
        var client = await LoginAsync(email);
        var verifyUrl = (await client.SubmitAsync(Url, [], "form#set-up")).Headers.Location!.OriginalString;
        var key = (await client.GetPageAsync(verifyUrl)).QuerySelector("#shared-key")!.TextContent.Replace(" ", "", StringComparison.Ordinal);

        var wrong = await AppClient.ParseAsync(await client.SubmitAsync(verifyUrl, [new("Input.Code", OtherCode(Totp.Code(key)))]));
        var blank = await AppClient.ParseAsync(await client.SubmitAsync(verifyUrl, [new("Input.Code", "")]));
        var overlong = await client.SubmitAsync(verifyUrl, [new("Input.Code", new string('9', 5000))]);

        Assert.Equal(TwoFactorModel.WrongCode, AppClient.FieldError(wrong, "Input.Code"));
        Assert.Equal("Enter the 6-digit code your authenticator app shows.", AppClient.FieldError(blank, "Input.Code"));
        Assert.Equal(HttpStatusCode.OK, overlong.StatusCode);
        Assert.Equal("The code is 6 digits, like 123456.", AppClient.FieldError(await AppClient.ParseAsync(overlong), "Input.Code"));
        // The same key is still offered, so the person can try again with their app as it is.
        Assert.Equal(key, wrong.QuerySelector("#shared-key")!.TextContent.Replace(" ", "", StringComparison.Ordinal));
        Assert.False(await App.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.TwoFactorEnabled).SingleAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Login_WithTwoFactorOn_AsksForACode_AndTheCodeSignsIn()
    {
        var email = Unique("twostep");
        await App.CreateUserAsync(email);
        var setup = await SetUpAsync(await LoginAsync(email));
        var client = NewClient();

        var password = await client.SubmitAsync("/Identity/Account/Login",
            [new("Input.Email", email), new("Input.Password", TestAppFactory.Password), new("returnUrl", "/Profile")]);
        Assert.Equal(HttpStatusCode.Redirect, password.StatusCode);
        var next = password.Headers.Location!.OriginalString;
        Assert.StartsWith(LoginWith2fa, next);
        // The password alone does not sign in.
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/Profile")).StatusCode);

        var input = (await client.GetPageAsync(next)).QuerySelector("input[name='Input.TwoFactorCode']")!;
        Assert.Equal("one-time-code", input.GetAttribute("autocomplete"));
        var signedIn = await client.SubmitAsync(next, [new("Input.TwoFactorCode", Totp.Code(setup.Key))]);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/Profile", signedIn.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Profile")).StatusCode);
    }

    [Fact]
    public async Task LoginWith2fa_IgnoresAReturnUrlOffTheSite()
    {
        var email = Unique("offsite");
        await App.CreateUserAsync(email);
        var setup = await SetUpAsync(await LoginAsync(email));
        var client = await PasswordStepAsync(email);

        var signedIn = await client.SubmitAsync(LoginWith2fa + "?returnUrl=https%3A%2F%2Fevil.example%2F", [new("Input.TwoFactorCode", Totp.Code(setup.Key))]);

        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);
        Assert.Equal("/", signedIn.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task LoginWith2fa_WrongOrBlankCode_SaysSo_AndFiveWrongCodesLockTheAccount()
    {
        var email = Unique("wrongcode");
        await App.CreateUserAsync(email);
        var setup = await SetUpAsync(await LoginAsync(email));
        var client = await PasswordStepAsync(email);
        var wrongCode = OtherCode(Totp.Code(setup.Key));

        var blank = await client.SubmitAsync(LoginWith2fa, [new("Input.TwoFactorCode", "")]);
        Assert.Equal(HttpStatusCode.OK, blank.StatusCode);
        Assert.NotNull(AppClient.FieldError(await AppClient.ParseAsync(blank), "Input.TwoFactorCode"));
        var wrong = await client.SubmitAsync(LoginWith2fa, [new("Input.TwoFactorCode", wrongCode)]);
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Equal(LoginWith2faModel.WrongCode, AppClient.FieldError(await AppClient.ParseAsync(wrong), "Input.TwoFactorCode"));

        HttpResponseMessage last = wrong;
        for (var i = 0; i < 4; i++)
        {
            last = await client.SubmitAsync(LoginWith2fa, [new("Input.TwoFactorCode", wrongCode)]);
        }
        Assert.Equal(HttpStatusCode.Redirect, last.StatusCode);
        Assert.Equal("/Identity/Account/Lockout", last.Headers.Location!.OriginalString);
        Assert.NotNull(await App.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.LockoutEnd).SingleAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task RecoveryCode_SignsInOnce_AndNotTwice()
    {
        var email = Unique("recovery");
        await App.CreateUserAsync(email);
        var setup = await SetUpAsync(await LoginAsync(email));
        var code = setup.RecoveryCodes[3];

        var first = await PasswordStepAsync(email);
        var used = await first.SubmitAsync(LoginWithRecoveryCode, [new("Input.RecoveryCode", code.ToLowerInvariant())]);
        Assert.Equal(HttpStatusCode.Redirect, used.StatusCode);
        Assert.Equal("/", used.Headers.Location!.OriginalString);
        Assert.Contains("9 recovery codes left", (await first.GetPageAsync(Url)).Body!.TextContent);

        var second = await PasswordStepAsync(email);
        var reused = await second.SubmitAsync(LoginWithRecoveryCode, [new("Input.RecoveryCode", code)]);
        Assert.Equal(HttpStatusCode.OK, reused.StatusCode);
        Assert.Equal(LoginWithRecoveryCodeModel.WrongCode, AppClient.FieldError(await AppClient.ParseAsync(reused), "Input.RecoveryCode"));
        Assert.Equal(HttpStatusCode.Redirect, (await second.GetAsync("/Profile")).StatusCode);
    }

    [Fact]
    public async Task NewRecoveryCodes_ReplaceTheOldOnes()
    {
        var email = Unique("newcodes");
        await App.CreateUserAsync(email);
        var client = await LoginAsync(email);
        var setup = await SetUpAsync(client);

        var renewed = await client.SubmitAsync(Url, [], "form#new-recovery-codes");
        Assert.Equal(HttpStatusCode.OK, renewed.StatusCode);
        var fresh = RecoveryCodesOn(await AppClient.ParseAsync(renewed));
        Assert.Equal(10, fresh.Count);
        Assert.Empty(fresh.Intersect(setup.RecoveryCodes));

        var old = await (await PasswordStepAsync(email)).SubmitAsync(LoginWithRecoveryCode, [new("Input.RecoveryCode", setup.RecoveryCodes[0])]);
        Assert.Equal(HttpStatusCode.OK, old.StatusCode);
        var newOne = await (await PasswordStepAsync(email)).SubmitAsync(LoginWithRecoveryCode, [new("Input.RecoveryCode", fresh[0])]);
        Assert.Equal(HttpStatusCode.Redirect, newOne.StatusCode);
    }

    [Fact]
    public async Task TurnOff_ThenThePasswordAloneSignsIn()
    {
        var email = Unique("turnoff");
        await App.CreateUserAsync(email);
        var client = await LoginAsync(email);
        await SetUpAsync(client);

        var off = await client.SubmitAsync(Url, [], "form#turn-off");

        Assert.Equal(HttpStatusCode.Redirect, off.StatusCode);
        var status = await client.GetPageAsync(Url);
        Assert.Contains(TwoFactorModel.TurnedOff, status.QuerySelector(".notice")!.TextContent);
        Assert.Contains("Off", status.QuerySelector("#two-factor-status")!.TextContent);
        var password = await NewClient().SubmitAsync("/Identity/Account/Login", [new("Input.Email", email), new("Input.Password", TestAppFactory.Password)]);
        Assert.Equal("/", password.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task SecondStep_WithoutAPasswordStepInProgress_GoesBackToLogIn()
    {
        var client = NewClient();
        var token = await client.TokenAsync("/Identity/Account/Login");

        var responses = new[]
        {
            await client.GetAsync(LoginWith2fa),
            await client.GetAsync(LoginWith2fa + "?returnUrl=%2FProfile&rememberMe=true"),
            await client.GetAsync(LoginWithRecoveryCode),
            await client.PostAsync(LoginWith2fa, [new("__RequestVerificationToken", token), new("Input.TwoFactorCode", "123456")]),
            await client.PostAsync(LoginWithRecoveryCode, [new("__RequestVerificationToken", token), new("Input.RecoveryCode", "ABCDE-12345")]),
        };

        Assert.All(responses, r =>
        {
            Assert.Equal(HttpStatusCode.Redirect, r.StatusCode);
            Assert.StartsWith("/Identity/Account/Login", r.Headers.Location!.OriginalString);
            Assert.DoesNotContain("LoginWith", r.Headers.Location!.OriginalString, StringComparison.Ordinal);
        });
    }

    [Fact]
    public async Task SignedInPages_Anonymous_AreSentToLogIn()
    {
        var client = NewClient();
        foreach (var url in new[] { Url, Url + "?handler=Verify", "/Identity/Account/ChangePassword" })
        {
            var response = await client.GetAsync(url);
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.StartsWith("https://localhost/Identity/Account/Login", response.Headers.Location!.ToString());
        }
    }

    [Fact]
    public async Task Profile_LinksToThePasswordAndTwoFactorPages()
    {
        var email = Unique("links");
        await App.CreateUserAsync(email);
        var client = await LoginAsync(email);

        var profile = await client.GetPageAsync("/Profile");
        var section = profile.QuerySelector("section[aria-labelledby='security-heading']")!;

        Assert.Contains("Sign-in and security", section.TextContent);
        var links = section.QuerySelectorAll("a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Contains("/Identity/Account/ChangePassword", links);
        Assert.Contains(Url, links);
    }

    /// <summary>Turns two-factor authentication on through the pages, as the person would with their app.</summary>
    private static async Task<Setup> SetUpAsync(AppClient client)
    {
        var verifyUrl = (await client.SubmitAsync(Url, [], "form#set-up")).Headers.Location!.OriginalString;
        var key = (await client.GetPageAsync(verifyUrl)).QuerySelector("#shared-key")!.TextContent.Replace(" ", "", StringComparison.Ordinal);
        var enabled = await client.SubmitAsync(verifyUrl, [new("Input.Code", Totp.Code(key))]);
        Assert.Equal(HttpStatusCode.OK, enabled.StatusCode);
        return new Setup(key, RecoveryCodesOn(await AppClient.ParseAsync(enabled)));
    }

    /// <summary>A new browser that has given the right password and now stands at the second step.</summary>
    private async Task<AppClient> PasswordStepAsync(string email)
    {
        var client = NewClient();
        var response = await client.SubmitAsync("/Identity/Account/Login", [new("Input.Email", email), new("Input.Password", TestAppFactory.Password)]);
        Assert.StartsWith(LoginWith2fa, response.Headers.Location!.OriginalString);
        return client;
    }

    private static List<string> RecoveryCodesOn(IDocument page) =>
        [.. page.QuerySelectorAll("#recovery-codes li").Select(li => li.TextContent.Trim())];

    /// <summary>A well-formed code that is not the current one (nor, almost surely, one of its neighbours).</summary>
    private static string OtherCode(string code) =>
        ((int.Parse(code, System.Globalization.CultureInfo.InvariantCulture) + 500_000) % 1_000_000).ToString("D6", System.Globalization.CultureInfo.InvariantCulture);

    [GeneratedRegex("^([a-z2-7]{4} )*[a-z2-7]{1,4}$")]
    private static partial Regex GroupsOfFour();
}

public sealed class TwoFactorTestsOnSqlite(SqliteApp fixture) : TwoFactorTests(fixture), IClassFixture<SqliteApp>;

public sealed class TwoFactorTestsOnPostgres(PostgresApp fixture) : TwoFactorTests(fixture), IClassFixture<PostgresApp>;
