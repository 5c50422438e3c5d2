using System.Net;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Testing;
using MentoringProgram.Web.Areas.Identity.Pages.Account;
using MentoringProgram.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.IntegrationTests.Features;

public abstract class AccountTests(AppFixture fixture) : AppTests(fixture)
{
    [Fact]
    public async Task Register_ConfirmByEmail_ThenLogIn_LinksAStaffProfile()
    {
        var email = Unique("new.person");
        var client = NewClient();

        var registered = await client.SubmitAsync("/Identity/Account/Register",
            [new("Input.Email", email), new("Input.Password", TestAppFactory.Password), new("Input.ConfirmPassword", TestAppFactory.Password)]);
        Assert.Equal(HttpStatusCode.Redirect, registered.StatusCode);

        // Not confirmed yet: cannot sign in.
        var early = await client.SubmitAsync("/Identity/Account/Login", [new("Input.Email", email), new("Input.Password", TestAppFactory.Password)]);
        Assert.Equal(HttpStatusCode.OK, early.StatusCode);

        await App.DeliverAsync();
        var confirmation = Assert.Single(await App.MessagesToAsync(email));
        var link = confirmation.FirstLink("/Identity/Account/ConfirmEmail");
        var confirmed = await client.GetPageAsync(link);
        Assert.Contains("Thank you for confirming your email", confirmed.Body!.TextContent);

        await client.LoginAsync(email, TestAppFactory.Password);
        var home = await client.GetPageAsync("/");
        Assert.Contains("Your staff record is incomplete", home.Body!.TextContent);

        var staff = await App.WithDbAsync(db => db.StaffMembers.SingleAsync(s => s.WorkEmail == email, TestContext.Current.CancellationToken));
        Assert.NotNull(staff.UserId);
        Assert.Equal("New Person", staff.FullName[..10]);
    }

    [Fact]
    public async Task Login_FiveWrongPasswords_LocksTheAccount()
    {
        var email = Unique("locked");
        await App.CreateUserAsync(email);
        var client = NewClient();

        for (var i = 0; i < 5; i++)
        {
            await client.SubmitAsync("/Identity/Account/Login", [new("Input.Email", email), new("Input.Password", "wrong password " + i)]);
        }
        var withRightPassword = await client.SubmitAsync("/Identity/Account/Login", [new("Input.Email", email), new("Input.Password", TestAppFactory.Password)]);

        Assert.Equal(HttpStatusCode.Redirect, withRightPassword.StatusCode);
        Assert.Equal("/Identity/Account/Lockout", withRightPassword.Headers.Location?.OriginalString);
        var user = await App.WithDbAsync(db => db.Users.SingleAsync(u => u.Email == email, TestContext.Current.CancellationToken));
        Assert.NotNull(user.LockoutEnd);
    }

    [Fact]
    public async Task Login_UnknownAndKnownEmail_GetTheSameAnswer()
    {
        var email = Unique("known");
        await App.CreateUserAsync(email);
        var client = NewClient();

        var unknown = await AppClient.ParseAsync(await client.SubmitAsync("/Identity/Account/Login",
            [new("Input.Email", Unique("nobody")), new("Input.Password", "whatever it is")]));
        var known = await AppClient.ParseAsync(await client.SubmitAsync("/Identity/Account/Login",
            [new("Input.Email", email), new("Input.Password", "not the password")]));

        Assert.Contains(LoginModel.FailureMessage, unknown.Body!.TextContent);
        Assert.Contains(LoginModel.FailureMessage, known.Body!.TextContent);
    }

    [Fact]
    public async Task Login_EmptyForm_ShowsMessagesNextToFields()
    {
        var page = await AppClient.ParseAsync(await NewClient().SubmitAsync("/Identity/Account/Login", [new("Input.Email", ""), new("Input.Password", "")]));

        Assert.Equal("Enter your email address.", AppClient.FieldError(page, "Input.Email"));
        Assert.Equal("Enter your password.", AppClient.FieldError(page, "Input.Password"));
    }

    [Fact]
    public async Task Register_CommonPassword_IsRefused()
    {
        var email = Unique("weak");
        var response = await NewClient().SubmitAsync("/Identity/Account/Register",
            [new("Input.Email", email), new("Input.Password", "password123"), new("Input.ConfirmPassword", "password123")]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("most commonly used", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.False(await App.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == email, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task PasswordHash_Uses210000Iterations()
    {
        var email = Unique("hash");
        await App.CreateUserAsync(email);
        var hash = await App.WithDbAsync(db => db.Users.Where(u => u.Email == email).Select(u => u.PasswordHash!).SingleAsync(TestContext.Current.CancellationToken));

        // Identity v3 format: 0x01, PRF (4 bytes), iteration count (4 bytes, big-endian), ...
        var bytes = Convert.FromBase64String(hash);
        var iterations = (bytes[5] << 24) | (bytes[6] << 16) | (bytes[7] << 8) | bytes[8];
        Assert.Equal(210_000, iterations);
    }
}

public sealed class AccountTestsOnSqlite(SqliteApp fixture) : AccountTests(fixture), IClassFixture<SqliteApp>;

public sealed class AccountTestsOnPostgres(PostgresApp fixture) : AccountTests(fixture), IClassFixture<PostgresApp>;
