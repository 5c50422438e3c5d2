using MentoringProgram.Testing;
using Microsoft.Playwright;

namespace MentoringProgram.BrowserTests;

public sealed class TwoFactorJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task StaffMember_TurnsOnTwoFactor_FromTheProfile_AndLogsInWithACode_OnAPhone()
    {
        var email = $"twofa.{Guid.NewGuid():N}"[..14] + "@library.test";
        await fixture.App.CreateUserAsync(email);
        var page = await fixture.NewPageAsync(phone: true);
        await LogInWithPasswordAsync(page, email);
        await BrowserFixture.WaitForAddressAsync(page, url => !url.Contains("/Login", StringComparison.Ordinal), "to be logged in with the password");

        await page.GotoAsync("/Profile");
        await page.GetByRole(AriaRole.Link, new() { Name = "Change your password" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Change password" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Input_CurrentPassword-error")).ToContainTextAsync("Enter your current password.");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GotoAsync("/Profile");
        await page.GetByRole(AriaRole.Link, new() { Name = "Two-factor authentication" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Set up an authenticator app" }).ClickAsync();
        var key = (await page.Locator("#shared-key").TextContentAsync())!.Replace(" ", "", StringComparison.Ordinal);
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor authentication" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Input_Code-error")).ToContainTextAsync("Enter the 6-digit code");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Code from the app").FillAsync(Totp.Code(key));
        await page.GetByRole(AriaRole.Button, new() { Name = "Turn on two-factor authentication" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Two-factor authentication is on.");
        await Assertions.Expect(page.Locator("#recovery-codes li")).ToHaveCountAsync(10);
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "I have saved them" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        var again = await fixture.NewPageAsync(phone: true);
        await LogInWithPasswordAsync(again, email);
        await BrowserFixture.WaitForAddressAsync(again, url => url.Contains("/LoginWith2fa", StringComparison.Ordinal), "to be asked for a code");
        await Accessibility.AssertNoViolationsAsync(again);
        await again.GetByRole(AriaRole.Link, new() { Name = "Log in with a recovery code" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(again);
        await again.GetByRole(AriaRole.Link, new() { Name = "Enter a code from your authenticator app" }).ClickAsync();
        await again.GetByLabel("Code from the app").FillAsync(Totp.Code(key));
        await again.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await BrowserFixture.WaitForAddressAsync(again, url => !url.Contains("/Identity/Account", StringComparison.Ordinal), "to be logged in with the code");
    }

    private static async Task LogInWithPasswordAsync(IPage page, string email)
    {
        await page.GotoAsync("/Identity/Account/Login");
        await page.GetByLabel("Work email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(TestAppFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
    }
}
