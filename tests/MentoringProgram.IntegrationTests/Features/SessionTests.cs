using System.Net;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Testing;

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
}
