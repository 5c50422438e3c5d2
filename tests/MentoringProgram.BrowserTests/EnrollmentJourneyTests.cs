using MentoringProgram.Testing;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace MentoringProgram.BrowserTests;

public sealed class EnrollmentJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private async Task<int> ProgramAsync()
    {
        var today = fixture.App.Clock.TodayIn(TimeZoneInfo.Utc);
        return await fixture.App.WithDbAsync(async db =>
        {
            var template = ProgramTemplates.All[0];
            var program = new MentorshipProgram("Journey " + Guid.NewGuid().ToString("N")[..6], template.Settings);
            program.SetTopics(await db.Topics.Select(t => t.Id).ToListAsync(TestContext.Current.CancellationToken));
            program.AddCycle("Now", new EnrollmentWindow(today.AddDays(-3), today.AddDays(20)), today.AddDays(30));
            program.Activate();
            db.Programs.Add(program);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return program.Id;
        });
    }


    [Fact]
    public async Task StaffMember_RequestsAMentor_FromTheHomePage_OnAPhone()
    {
        var programId = await ProgramAsync();
        var email = $"mentee.{Guid.NewGuid():N}"[..15] + "@library.test";
        var hired = fixture.App.Clock.TodayIn(TimeZoneInfo.Utc).AddMonths(-4);
        await fixture.App.CreateUserAsync(email, profile: s => s.HireDate = hired);
        var page = await fixture.LogInAsync(email, phone: true);

        await page.GotoAsync("/");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.Locator($"a[href='/Enroll/{programId}/Request']").ClickAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Career planning").CheckAsync();
        await page.GetByLabel("Your goals, in your own words").FillAsync("Learn how to move into a systems librarian role.");
        await page.GetByLabel("Video call").CheckAsync();
        await page.GetByLabel("I have read the program expectations above").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send my request" }).ClickAsync();

        // Forgot one confirmation: told next to it, and nothing typed is lost.
        await Assertions.Expect(page.Locator("#Form_InformedSupervisor-error")).ToContainTextAsync("supervisor");
        await Assertions.Expect(page.GetByLabel("Your goals, in your own words")).ToHaveValueAsync("Learn how to move into a systems librarian role.");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("I have discussed this with, or informed, my supervisor").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Send my request" }).ClickAsync();
        await BrowserFixture.WaitForAddressAsync(page, url => url.EndsWith("/My", StringComparison.Ordinal), "the staff member's own page");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Your request for a mentor is in");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Submitted");
        await Accessibility.AssertNoViolationsAsync(page);

        // The new staff member cannot volunteer yet, and is told when they can.
        await page.GotoAsync($"/Enroll/{programId}/Volunteer");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync($"You will be eligible from {hired.AddMonths(12):d MMMM yyyy}");
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task AccountPages_PassAccessibilityChecks()
    {
        var page = await fixture.NewPageAsync(phone: true);
        foreach (var url in new[] { "/", "/Identity/Account/Register", "/Identity/Account/ForgotPassword", "/Identity/Account/ResendEmailConfirmation" })
        {
            await page.GotoAsync(url);
            await Accessibility.AssertNoViolationsAsync(page);
        }
    }

    [Fact]
    public async Task Coordinator_PagesPassAccessibilityChecks()
    {
        var programId = await ProgramAsync();
        var email = $"coord.{Guid.NewGuid():N}"[..14] + "@library.test";
        await fixture.App.CreateUserAsync(email, coordinator: true);
        var (requestId, cycleId) = await fixture.App.WithDbAsync(async db =>
        {
            var staff = await db.StaffMembers.FirstAsync(s => s.WorkEmail == email, TestContext.Current.CancellationToken);
            var cycle = await db.ProgramCycles.Where(c => c.ProgramId == programId).Select(c => c.Id).SingleAsync(TestContext.Current.CancellationToken);
            var request = new MenteeRequest(cycle, staff.Id) { Goals = "Understand how budgets are set.", Strengths = "Curious", PreferredContact = ContactMethods.Email };
            request.Submit(fixture.App.Clock.GetUtcNow());
            db.MenteeRequests.Add(request);
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return (request.Id, cycle);
        });
        var page = await fixture.LogInAsync(email);

        foreach (var url in new[] { "/", "/Programs", $"/Programs/{programId}", $"/Programs/{programId}/Edit", $"/Programs/{programId}/Cycles/{cycleId}/Edit", "/Programs/New", "/Programs/Create?template=peer-connections",
            $"/Programs/{programId}/Requests", $"/Programs/{programId}/Requests/{requestId}", $"/Programs/{programId}/Volunteers", "/Roster", "/Roster/Import", "/Topics", "/Departments", "/Outbox",
            "/Identity/Account/ChangePassword", "/Identity/Account/TwoFactor" })
        {
            await page.GotoAsync(url);
            await Accessibility.AssertNoViolationsAsync(page);
        }
    }
}
