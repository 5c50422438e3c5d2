using MentoringProgram.Testing;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace MentoringProgram.BrowserTests;

/// <summary>The coordinator writes a resource with script in it; the preview and the staff page show the words and
/// run nothing (no dialog opens, no script element reaches the page).</summary>
public sealed class ResourceJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Payload = "Ask HR first. <script>alert('xss')</script> [click me](javascript:alert('xss')) <img src=x onerror=\"alert('xss')\">";

    [Fact]
    public async Task CoordinatorWritesAResourceWithScript_StaffReadItSafely()
    {
        var title = "Safe words " + Guid.NewGuid().ToString("N")[..6];
        var coordinatorEmail = $"coord.{Guid.NewGuid():N}"[..14] + "@library.test";
        await fixture.App.CreateUserAsync(coordinatorEmail, coordinator: true);
        var coordinator = await fixture.LogInAsync(coordinatorEmail);
        var dialogs = new List<string>();
        coordinator.Dialog += (_, d) => { dialogs.Add(d.Message); _ = d.DismissAsync(); };

        await coordinator.GotoAsync("/Resources/Manage");
        await Accessibility.AssertNoViolationsAsync(coordinator);
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Write a resource" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(coordinator);
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Add resource" }).ClickAsync();
        await Assertions.Expect(coordinator.Locator("#Form_Title-error")).ToContainTextAsync("Enter the resource's title.");
        await Accessibility.AssertNoViolationsAsync(coordinator);

        await coordinator.GetByLabel("Title").FillAsync(title);
        await coordinator.GetByLabel("Kind").SelectOptionAsync("Referral");
        await coordinator.GetByLabel("Text").FillAsync(Payload);
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Preview" }).ClickAsync();
        await Assertions.Expect(coordinator.Locator(".resource-preview")).ToContainTextAsync("<script>alert('xss')</script>");
        await Accessibility.AssertNoViolationsAsync(coordinator);
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Add resource" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync($"Resource \"{title}\" saved.");
        var id = await fixture.App.WithDbAsync(db => db.Resources.Where(r => r.Title == title).Select(r => r.Id).SingleAsync(TestContext.Current.CancellationToken));

        // Sent as a note to all staff: first how many it reaches, then sent on confirming.
        await coordinator.GetByRole(AriaRole.Link, new() { Name = $"Send as a note {title}" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(coordinator);
        await coordinator.GetByLabel("All active staff").CheckAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "See how many people it reaches" }).ClickAsync();
        await Assertions.Expect(coordinator.Locator("#reach")).ToContainTextAsync("The note reaches");
        await Accessibility.AssertNoViolationsAsync(coordinator);
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Send to" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("queued to be sent");

        var staffEmail = $"staff.{Guid.NewGuid():N}"[..14] + "@library.test";
        await fixture.App.CreateUserAsync(staffEmail);
        var staff = await fixture.LogInAsync(staffEmail);
        staff.Dialog += (_, d) => { dialogs.Add(d.Message); _ = d.DismissAsync(); };
        await staff.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Resources" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(staff);
        await staff.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        await Assertions.Expect(staff.Locator(".resource-body")).ToContainTextAsync("Ask HR first. <script>alert('xss')</script>");
        await Accessibility.AssertNoViolationsAsync(staff);
        Assert.Equal(0, await staff.Locator("main script, main img, .resource-body a[href^='javascript' i]").CountAsync());
        await staff.Locator(".resource-body").GetByText("click me").ClickAsync();
        Assert.EndsWith($"/Resources/{id}", staff.Url, StringComparison.Ordinal);
        Assert.Empty(dialogs);
    }
}
