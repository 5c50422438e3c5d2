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
        await BrowserFixture.WaitForAddressAsync(page, url => !url.Contains("/Login", StringComparison.Ordinal), "to be logged in");

        await page.GotoAsync("/Profile");
        await Accessibility.AssertNoViolationsAsync(page);
        // Hire date, department and supervisor are read-only: staff ask the coordinator to correct them.
        Assert.Equal(0, await page.Locator("input[name='Form.HireDate'], select[name='Form.DepartmentId'], input[name='Form.SupervisorEmail']").CountAsync());
        await page.GetByLabel("Full name").FillAsync("");
        await page.GetByLabel("Job title").FillAsync("Reference Librarian");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();

        // Bad input: the message sits next to the field and what was typed is still there.
        await Assertions.Expect(page.Locator("#Form_FullName-error")).ToContainTextAsync("Enter your name.");
        await Assertions.Expect(page.GetByLabel("Job title")).ToHaveValueAsync("Reference Librarian");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Full name").FillAsync("Robin Browser");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save profile" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your profile is saved.");

        await page.GetByRole(AriaRole.Link, new() { Name = "Ask for a correction of your hire date" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Correct hire date").FillAsync("2019-04-01");
        await page.GetByLabel("Why is the record wrong?").FillAsync("I started on 1 April 2019; HR has my contract.");
        await page.GetByRole(AriaRole.Button, new() { Name = "Send to the coordinator" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your correction of your hire date is sent.");
        await Assertions.Expect(page.Locator("ul.corrections")).ToContainTextAsync("Waiting for the coordinator");

        var saved = await fixture.App.WithDbAsync(db => db.StaffMembers.SingleAsync(s => s.WorkEmail == email, TestContext.Current.CancellationToken));
        Assert.Equal("Robin Browser", saved.FullName);
        Assert.Equal("Reference Librarian", saved.JobTitle);
        Assert.Null(saved.HireDate); // only the coordinator's approval changes it

        // The coordinator sees the request on the home page and approves it.
        var coordinatorEmail = $"coord.{Guid.NewGuid():N}"[..14] + "@library.test";
        await fixture.App.CreateUserAsync(coordinatorEmail, coordinator: true);
        var coordinator = await fixture.LogInAsync(coordinatorEmail);
        await Assertions.Expect(coordinator.Locator("main tbody tr", new() { HasText = email })).ToContainTextAsync("2019-04-01");
        await Accessibility.AssertNoViolationsAsync(coordinator);
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Approve hire date for Robin Browser" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("The correction is approved");

        await page.ReloadAsync();
        await Assertions.Expect(page.Locator("dl.record")).ToContainTextAsync("2019-04-01");
        await Assertions.Expect(page.Locator("ul.corrections")).ToContainTextAsync("Approved");
    }
}
