using System.Net;
using MentoringProgram.IntegrationTests.Infrastructure;

namespace MentoringProgram.IntegrationTests.Features;

public sealed class ForgotPasswordTests(SqliteApp fixture) : AppTests(fixture), IClassFixture<SqliteApp>
{
    [Fact]
    public async Task ForgotPassword_MailsAResetLink_ThatSetsANewPassword()
    {
        var email = Unique("forgetful");
        await App.CreateUserAsync(email);
        var client = NewClient();

        var asked = await client.SubmitAsync("/Identity/Account/ForgotPassword", [new("Input.Email", email)]);
        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        await App.DeliverAsync();
        var link = Assert.Single(await App.MessagesToAsync(email)).FirstLink("/Identity/Account/ResetPassword");
        var code = (await client.GetPageAsync(link)).QuerySelector("input[name='Input.Code']")!.GetAttribute("value")!;
        var reset = await client.SubmitAsync(link, [new("Input.Email", email), new("Input.Password", "a brand new passphrase"),
            new("Input.ConfirmPassword", "a brand new passphrase"), new("Input.Code", code)]);

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        await client.LoginAsync(email, "a brand new passphrase");
    }

    [Fact]
    public async Task ForgotPassword_ForAnUnknownAddress_AnswersTheSame_AndSaysNoAccountUsesIt()
    {
        var unknown = Unique("nobody");

        var asked = await NewClient().SubmitAsync("/Identity/Account/ForgotPassword", [new("Input.Email", unknown)]);
        await App.DeliverAsync();

        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Equal("/Identity/Account/ForgotPasswordConfirmation", asked.Headers.Location!.OriginalString);
        var message = Assert.Single(await App.MessagesToAsync(unknown));
        Assert.Equal("No mentoring program account uses this address", message.Subject);
        Assert.DoesNotContain("ResetPassword", message.TextBody);
    }
}
