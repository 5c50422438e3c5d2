using MentoringProgram.Testing;
using MentoringProgram.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace MentoringProgram.BrowserTests;

public sealed class ProfileJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task StaffMember_LogsInAndEditsTheirProfile_OnAPhone()
    {
        var email = $"browser.{Guid.NewGuid():N}"[..16] + "@library.test";
        await fixture.App.CreateUserAsync(email);
        await fixture.App.WithDbAsync(async db =>
        {
            db.Departments.Add(new Web.Domain.Department("Research and Instruction " + Guid.NewGuid().ToString("N")[..4]));
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        var page = await fixture.NewPageAsync(phone: true);

        await page.GotoAsync("/Identity/Account/Login");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Work email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(TestAppFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/Login", StringComparison.Ordinal));

        await page.GotoAsync("/Profile");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Full name").FillAsync("Robin Browser");
        await page.GetByLabel("Department").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.GetByLabel("Hire date").FillAsync("2019-04-01");
        await page.GetByLabel("Supervisor's email").FillAsync("not an email");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();

        // Bad input: the message sits next to the field and what was typed is still there.
        await Assertions.Expect(page.Locator("#Form_SupervisorEmail-error")).ToContainTextAsync("supervisor's email");
        await Assertions.Expect(page.GetByLabel("Full name")).ToHaveValueAsync("Robin Browser");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Supervisor's email").FillAsync("boss@library.test");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your profile is saved.");

        var saved = await fixture.App.WithDbAsync(db => db.StaffMembers.SingleAsync(s => s.WorkEmail == email, TestContext.Current.CancellationToken));
        Assert.Equal("Robin Browser", saved.FullName);
        Assert.Equal(new DateOnly(2019, 4, 1), saved.HireDate);
        Assert.Equal("boss@library.test", saved.SupervisorEmail);
    }
}
