using System.Net;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Testing;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.IntegrationTests.Features;

public sealed class LibraryDomainOnlyApp : SqliteApp
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Accounts:AllowedEmailDomains:0"] = "library.test",
    };
}

public sealed class RegistrationDomainTests(LibraryDomainOnlyApp fixture) : AppTests(fixture), IClassFixture<LibraryDomainOnlyApp>
{
    [Fact]
    public async Task Register_WithAnotherDomain_IsRefusedNextToTheEmail_AndCreatesNothing()
    {
        var response = await NewClient().SubmitAsync("/Identity/Account/Register",
            [new("Input.Email", "someone@gmail.test"), new("Input.Password", TestAppFactory.Password), new("Input.ConfirmPassword", TestAppFactory.Password)]);
        var page = await AppClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("@library.test addresses only", AppClient.FieldError(page, "Input.Email"));
        Assert.Equal("someone@gmail.test", page.QuerySelector("input[name='Input.Email']")!.GetAttribute("value"));
        Assert.False(await App.WithDbAsync(db => db.Users.AnyAsync(u => u.Email == "someone@gmail.test", TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task Register_AnExistingAddress_LooksLikeANewRegistration()
    {
        var email = Unique("taken");
        await App.CreateUserAsync(email);

        var response = await NewClient().SubmitAsync("/Identity/Account/Register",
            [new("Input.Email", email), new("Input.Password", TestAppFactory.Password), new("Input.ConfirmPassword", TestAppFactory.Password)]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Identity/Account/RegisterConfirmation", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Register_MismatchedPasswords_SaySo()
    {
        var page = await AppClient.ParseAsync(await NewClient().SubmitAsync("/Identity/Account/Register",
            [new("Input.Email", Unique("typo")), new("Input.Password", TestAppFactory.Password), new("Input.ConfirmPassword", "something else entirely")]));

        Assert.Equal("The two passwords are not the same.", AppClient.FieldError(page, "Input.ConfirmPassword"));
    }
}
