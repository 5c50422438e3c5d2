using System.Text.RegularExpressions;
using MentoringProgram.Testing;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace MentoringProgram.BrowserTests;

/// <summary>The main paths a coordinator and a mentor take, clicked through in Chromium with an axe check on every page:
/// setting up a program and reviewing the requests that come in, and volunteering to mentor and being approved.</summary>
public sealed partial class CoordinatorJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;


    private static string Address(string name) => $"{name}.{Guid.NewGuid():N}"[..(name.Length + 7)] + "@library.test";

    [Fact]
    public async Task Coordinator_SetsUpAProgramFromATemplate_ThenReviewsTheRequestsThatComeIn()
    {
        var coordinatorEmail = Address("coord");
        await fixture.App.CreateUserAsync(coordinatorEmail, coordinator: true);
        var name = "Peer journey " + Guid.NewGuid().ToString("N")[..6];
        var page = await fixture.LogInAsync(coordinatorEmail);

        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Programs" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "New program" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Use this template" }).First.ClickAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        // A blank name is refused next to the field, and the rest of the template stays as it was.
        await page.GetByLabel("Program name").FillAsync("");
        await page.GetByRole(AriaRole.Button, new() { Name = "Create program" }).ClickAsync();
        await Assertions.Expect(page.Locator("#Command_Program_Name-error")).ToContainTextAsync("Give the program a name.");
        await Accessibility.AssertNoViolationsAsync(page);

        await page.GetByLabel("Program name").FillAsync(name);
        await page.GetByLabel("Open: staff see this program").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Create program" }).ClickAsync();
        await BrowserFixture.WaitForAddressAsync(page, url => ProgramPage().IsMatch(url), "the new program's page");
        await Assertions.Expect(page.Locator("main h1")).ToContainTextAsync(name);
        await Accessibility.AssertNoViolationsAsync(page);

        // A staff member asks for a mentor in the new program's open cycle.
        var menteeEmail = Address("mentee");
        await fixture.App.CreateUserAsync(menteeEmail, profile: s => s.FullName = "Jordan Journey");
        await fixture.App.WithDbAsync(async db =>
        {
            var program = await db.Programs.Include(p => p.Cycles).Include(p => p.Topics).SingleAsync(p => p.Name == name, Ct);
            var staff = await db.StaffMembers.SingleAsync(s => s.WorkEmail == menteeEmail, Ct);
            var request = new MenteeRequest(program.Cycles.Single().Id, staff.Id)
            {
                Goals = "Learn how the library plans its budget.", PreferredContact = ContactMethods.Video,
                ReadExpectations = true, InformedSupervisor = true,
            };
            request.SetTopics([program.Topics.First().TopicId]);
            request.Submit(fixture.App.Clock.GetUtcNow());
            db.MenteeRequests.Add(request);
            return await db.SaveChangesAsync(Ct);
        });

        await page.GetByRole(AriaRole.Link, new() { Name = "Mentor requests" }).ClickAsync();
        await Assertions.Expect(page.Locator("main tbody")).ToContainTextAsync("Jordan Journey");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Status").SelectOptionAsync("Submitted");
        await page.GetByRole(AriaRole.Button, new() { Name = "Filter" }).ClickAsync();
        await Assertions.Expect(page.Locator("main tbody tr")).ToHaveCountAsync(1);
        await page.GetByRole(AriaRole.Link, new() { Name = "Jordan Journey", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Learn how the library plans its budget.");
        await Accessibility.AssertNoViolationsAsync(page);
    }

    [Fact]
    public async Task StaffMember_VolunteersToMentor_AndTheCoordinatorApprovesThem()
    {
        var today = fixture.App.Clock.TodayIn(TimeZoneInfo.Utc);
        var name = "Mentor journey " + Guid.NewGuid().ToString("N")[..6];
        var programId = await fixture.App.WithDbAsync(async db =>
        {
            var program = new MentorshipProgram(name, ProgramTemplates.All[0].Settings);
            program.SetTopics(await db.Topics.Select(t => t.Id).ToListAsync(Ct));
            program.AddCycle("Now", new EnrollmentWindow(today.AddDays(-3), today.AddDays(20)), today.AddDays(30));
            program.Activate();
            db.Programs.Add(program);
            await db.SaveChangesAsync(Ct);
            return program.Id;
        });
        var mentorEmail = Address("mentor");
        await fixture.App.CreateUserAsync(mentorEmail, profile: s =>
        {
            s.FullName = "Sam Seasoned";
            s.HireDate = today.AddYears(-6);
        });

        // On a phone, from the home page's offer to the confirmation.
        var mentor = await fixture.LogInAsync(mentorEmail, phone: true);
        await mentor.GetByRole(AriaRole.Link, new() { Name = "Volunteer as a mentor" }).First.ClickAsync();
        await Accessibility.AssertNoViolationsAsync(mentor);
        await mentor.GetByLabel("Career planning").CheckAsync();
        await mentor.GetByLabel("Your areas of expertise").FillAsync("Reference interviews, grant writing.");
        await mentor.GetByLabel("How many mentees can you take this term?").FillAsync("2");
        await mentor.GetByLabel("Video call").CheckAsync();
        await mentor.GetByLabel("I have read the program expectations above").CheckAsync();
        await mentor.GetByLabel("I have discussed this with, or informed, my supervisor").CheckAsync();
        await mentor.GetByRole(AriaRole.Button, new() { Name = "Volunteer", Exact = true }).ClickAsync();
        await BrowserFixture.WaitForAddressAsync(mentor, url => url.EndsWith("/My", StringComparison.Ordinal), "the mentor's own page");
        await Assertions.Expect(mentor.Locator("main")).ToContainTextAsync(name);
        await Accessibility.AssertNoViolationsAsync(mentor);

        // The coordinator sees the offer, approves it, and the list offers only what is allowed next.
        var coordinatorEmail = Address("coord");
        await fixture.App.CreateUserAsync(coordinatorEmail, coordinator: true);
        var coordinator = await fixture.LogInAsync(coordinatorEmail);
        await coordinator.GotoAsync("/Programs");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = name }).ClickAsync();
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Volunteers" }).First.ClickAsync();
        var row = coordinator.Locator("main tbody tr", new() { HasText = "Sam Seasoned" });
        await Assertions.Expect(row).ToContainTextAsync("Reference interviews");
        await Accessibility.AssertNoViolationsAsync(coordinator);
        await row.GetByRole(AriaRole.Button, new() { Name = "Approve Sam Seasoned" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Volunteer approved");
        await Assertions.Expect(row).ToContainTextAsync("Approved");
        await Assertions.Expect(row.GetByRole(AriaRole.Button, new() { Name = "Approve Sam Seasoned" })).ToHaveCountAsync(0);
        await Assertions.Expect(row.GetByRole(AriaRole.Button, new() { Name = "Pause Sam Seasoned" })).ToHaveCountAsync(1);
        await Accessibility.AssertNoViolationsAsync(coordinator);

        var status = await fixture.App.WithDbAsync(db => db.MentorVolunteers.Where(v => v.Cycle!.ProgramId == programId).Select(v => v.Status).SingleAsync(Ct));
        Assert.Equal(VolunteerStatus.Approved, status);

        // The header's log-out button (its token joins the form from outside the kept header) ends the session.
        await coordinator.GetByRole(AriaRole.Button, new() { Name = $"Log out {coordinatorEmail}" }).ClickAsync();
        await Assertions.Expect(coordinator.Locator("header").GetByRole(AriaRole.Link, new() { Name = "Log in" })).ToBeVisibleAsync();
        await coordinator.GotoAsync("/Programs");
        await BrowserFixture.WaitForAddressAsync(coordinator, url => url.Contains("/Identity/Account/Login", StringComparison.Ordinal), "the login page after logging out");
    }

    [GeneratedRegex(@"/Programs/\d+$")]
    private static partial Regex ProgramPage();
}
