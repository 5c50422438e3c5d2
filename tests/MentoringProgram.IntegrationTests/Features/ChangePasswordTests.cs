using System.Net;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Testing;
using MentoringProgram.Web.Areas.Identity.Pages.Account;

namespace MentoringProgram.IntegrationTests.Features;

public abstract class ChangePasswordTests(AppFixture fixture) : AppTests(fixture)
{
    private const string Url = "/Identity/Account/ChangePassword";
    private const string NewPassword = "a fresh passphrase for spring";

    [Fact]
    public async Task ChangePassword_ThenTheNewPasswordLogsIn_AndTheOldOneDoesNot()
    {
        var email = Unique("changer");
        await App.CreateUserAsync(email);
        var client = await LoginAsync(email);

        var changed = await client.SubmitAsync(Url,
            [new("Input.CurrentPassword", TestAppFactory.Password), new("Input.NewPassword", NewPassword), new("Input.ConfirmPassword", NewPassword)]);

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(Url, changed.Headers.Location!.OriginalString);
        // This session is refreshed, not ended, and the page says what happened.
        var confirmation = await client.GetPageAsync(Url);
        Assert.Contains(ChangePasswordModel.Changed, confirmation.QuerySelector(".notice")!.TextContent);

        await NewClient().LoginAsync(email, NewPassword);
        var withOld = await NewClient().SubmitAsync("/Identity/Account/Login", [new("Input.Email", email), new("Input.Password", TestAppFactory.Password)]);
        Assert.Equal(HttpStatusCode.OK, withOld.StatusCode);
        Assert.Contains(LoginModel.FailureMessage, (await AppClient.ParseAsync(withOld)).Body!.TextContent);
    }

    [Fact]
    public async Task ChangePassword_WithTheWrongCurrentPassword_StaysOnThePage_AndKeepsTheOldPassword()
    {
        var email = Unique("wrongcurrent");
        await App.CreateUserAsync(email);
        var client = await LoginAsync(email);

        var response = await client.SubmitAsync(Url,
            [new("Input.CurrentPassword", "not my password at all"), new("Input.NewPassword", NewPassword), new("Input.ConfirmPassword", NewPassword)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        Assert.Equal(ChangePasswordModel.WrongCurrentPassword, AppClient.FieldError(page, "Input.CurrentPassword"));
        await NewClient().LoginAsync(email, TestAppFactory.Password);
    }

    [Fact]
    public async Task ChangePassword_PostedBlank_ShowsMessagesNextToFields()
    {
        var email = Unique("blank");
        await App.CreateUserAsync(email);
        var client = await LoginAsync(email);

        var response = await client.SubmitAsync(Url, [new("Input.CurrentPassword", ""), new("Input.NewPassword", ""), new("Input.ConfirmPassword", "")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        Assert.Equal("Enter your current password.", AppClient.FieldError(page, "Input.CurrentPassword"));
        Assert.Equal("Choose a new password.", AppClient.FieldError(page, "Input.NewPassword"));
    }

    [Fact]
    public async Task ChangePassword_TooShortOrOverlong_IsRefusedWithMessages_AndChangesNothing()
    {
        var email = Unique("overlong");
        await App.CreateUserAsync(email);
        var client = await LoginAsync(email);
        var overlong = new string('x', 129);

        var tooLong = await client.SubmitAsync(Url,
            [new("Input.CurrentPassword", overlong), new("Input.NewPassword", overlong), new("Input.ConfirmPassword", overlong)]);
        var tooShort = await client.SubmitAsync(Url,
            [new("Input.CurrentPassword", TestAppFactory.Password), new("Input.NewPassword", "short"), new("Input.ConfirmPassword", "shorter")]);

        Assert.Equal(HttpStatusCode.OK, tooLong.StatusCode);
        var longPage = await AppClient.ParseAsync(tooLong);
        Assert.Equal("Keep the password under 128 characters.", AppClient.FieldError(longPage, "Input.NewPassword"));
        Assert.NotNull(AppClient.FieldError(longPage, "Input.CurrentPassword"));
        Assert.Equal(HttpStatusCode.OK, tooShort.StatusCode);
        var shortPage = await AppClient.ParseAsync(tooShort);
        Assert.StartsWith("Use at least 8 characters", AppClient.FieldError(shortPage, "Input.NewPassword"));
        Assert.Equal("The two passwords are not the same.", AppClient.FieldError(shortPage, "Input.ConfirmPassword"));
        await NewClient().LoginAsync(email, TestAppFactory.Password);
    }

    [Fact]
    public async Task ChangePassword_CommonPassword_IsRefusedNextToTheNewPassword()
    {
        var email = Unique("common");
        await App.CreateUserAsync(email);
        var client = await LoginAsync(email);

        var response = await client.SubmitAsync(Url,
            [new("Input.CurrentPassword", TestAppFactory.Password), new("Input.NewPassword", "password123"), new("Input.ConfirmPassword", "password123")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("most commonly used", AppClient.FieldError(await AppClient.ParseAsync(response), "Input.NewPassword"));
    }

    [Fact]
    public async Task ChangePassword_Anonymous_IsSentToLogIn()
    {
        var response = await NewClient().GetAsync(Url);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("https://localhost/Identity/Account/Login", response.Headers.Location!.ToString());
    }

    [Fact]
    public async Task ChangePassword_PostWithoutAntiforgeryToken_IsRefused()
    {
        var email = Unique("forged");
        await App.CreateUserAsync(email);
        var client = await LoginAsync(email);

        var response = await client.PostAsync(Url,
            [new("Input.CurrentPassword", TestAppFactory.Password), new("Input.NewPassword", NewPassword), new("Input.ConfirmPassword", NewPassword)]);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await NewClient().LoginAsync(email, TestAppFactory.Password);
    }
}

public sealed class ChangePasswordTestsOnSqlite(SqliteApp fixture) : ChangePasswordTests(fixture), IClassFixture<SqliteApp>;

public sealed class ChangePasswordTestsOnPostgres(PostgresApp fixture) : ChangePasswordTests(fixture), IClassFixture<PostgresApp>;
