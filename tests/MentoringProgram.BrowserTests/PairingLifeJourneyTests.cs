using System.Globalization;
using MentoringProgram.Testing;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Matching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MentoringProgram.BrowserTests;

/// <summary>Issue 14's "Done means", clicked through on 390 px phones with an axe and html-validate check on every page,
/// in a program with a checklist and a lunch allowance (the new-employee template with 50.00 for lunches) in New York
/// time: the mentor writes the agreement and the mentee confirms it; a meeting is scheduled, downloaded as an .ics and
/// found in the member's feed fetched with no cookie, then marked held two days on; another is logged after the fact
/// with a private note; a checklist item is ticked, a lunch recorded, the early check answered. The coordinator's board
/// and pairing page then show the status, the confirmed agreement and the checklist count, and none of what the pair
/// wrote.</summary>
public sealed class PairingLifeJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string GoalsCanary = "Goals-canary-7f3a: learn how the consortium's committees decide.";
    private const string NoteCanary = "Note-canary-91bd: talked about the tricky first month.";

    [Fact]
    public async Task APairKeepsItsPromisesOnPhones_AndTheCoordinatorSeesOnlyDatesAndCounts()
    {
        var settings = ProgramTemplates.Find("new-employee")!.Settings with { LunchAllowance = 50m };
        var cast = await JourneyCast.CreateAsync(fixture.App, "Pairing life", settings,
            [new JourneyCast.Mentor("Ada Archive", 1, [0, 1], 1)], [new JourneyCast.Mentee("Mina Mentee", 0, [0, 1])], _ => "Find my way around.", Ct);
        foreach (var email in cast.Emails.Values)
        {
            await fixture.App.CreateUserAsync(email);
        }
        var coordinatorEmail = $"coord.{Guid.NewGuid():N}"[..14] + "@library.test";
        await fixture.App.CreateUserAsync(coordinatorEmail, coordinator: true);
        var pairingId = await fixture.App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<Web.Data.AppDbContext>();
            var program = await db.Programs.SingleAsync(p => p.Id == cast.ProgramId, Ct);
            program.SetTimeZone("America/New_York");
            await db.SaveChangesAsync(Ct);
            var ada = await db.MentorVolunteers.Where(v => v.CycleId == cast.CycleId).Select(v => v.Id).SingleAsync(Ct);
            var proposed = await sp.GetRequiredService<ProposeMatch.Handler>().HandleAsync(cast.ProgramId, cast.Requests["Mina Mentee"], ada, null, Ct);
            await sp.GetRequiredService<ConfirmMatch.Handler>().HandleAsync(cast.ProgramId, proposed.MatchId!.Value, new ConfirmMatch.Command(), null, Ct);
            return proposed.MatchId!.Value;
        });
        var termStarts = await fixture.App.WithDbAsync(db => db.Pairings.Where(p => p.Id == pairingId).Select(p => p.StartsOn).SingleAsync(Ct));
        // Five days into the term (it starts 20 days after the test's first day).
        fixture.App.Clock.Advance(TimeSpan.FromDays(25));
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(fixture.App.Clock.GetUtcNow(), zone).DateTime);
        var pairingPath = $"/My/Pairings/{pairingId}";

        // Ada, the mentor, writes down what they agreed.
        var ada = await fixture.LogInAsync(cast.Emails["Ada Archive"], phone: true);
        await ada.GotoAsync(pairingPath);
        await Accessibility.AssertNoViolationsAsync(ada);
        await ada.GetByRole(AriaRole.Link, new() { Name = "Write our agreement" }).ClickAsync();
        await Assertions.Expect(ada.Locator("main h1")).ToHaveTextAsync("Write our agreement");
        await Accessibility.AssertNoViolationsAsync(ada);
        await ada.GetByLabel("Our goals").FillAsync(GoalsCanary);
        await ada.GetByLabel("How often and how we meet (optional)").FillAsync("An hour every two weeks over coffee.");
        await ada.GetByLabel("What stays between us").FillAsync("Everything we say, unless we both agree.");
        await ada.GetByRole(AriaRole.Button, new() { Name = "Save and confirm" }).ClickAsync();
        await Assertions.Expect(ada.GetByRole(AriaRole.Status)).ToContainTextAsync("Mina Mentee is asked to read and confirm it");
        await Assertions.Expect(ada.Locator("section[aria-labelledby=agreement]")).ToContainTextAsync("Waiting for Mina Mentee");

        // Mina, the mentee, reads and confirms it.
        var mina = await fixture.LogInAsync(cast.Emails["Mina Mentee"], phone: true);
        await mina.GotoAsync(pairingPath);
        var agreement = mina.Locator("section[aria-labelledby=agreement]");
        await Assertions.Expect(agreement).ToContainTextAsync(GoalsCanary);
        await Accessibility.AssertNoViolationsAsync(mina);
        await agreement.GetByRole(AriaRole.Button, new() { Name = "I confirm this agreement" }).ClickAsync();
        await Assertions.Expect(mina.GetByRole(AriaRole.Status)).ToContainTextAsync("You confirmed the agreement.");
        await Assertions.Expect(agreement).ToContainTextAsync("Agreed by both of you");

        // Mina schedules a meeting for tomorrow at 10:30 New York time.
        var day = today.AddDays(1);
        await mina.GetByLabel("Day", new() { Exact = true }).FillAsync(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await mina.GetByLabel("Start time").FillAsync("10:30");
        await mina.GetByLabel("Expected length in minutes").FillAsync("45");
        await mina.GetByLabel("How you will meet").SelectOptionAsync(new SelectOptionValue { Label = "In person" });
        await mina.GetByLabel("Place or link (optional)").FillAsync("Hayden Library, room 2");
        await mina.GetByRole(AriaRole.Button, new() { Name = "Schedule this meeting" }).ClickAsync();
        await Assertions.Expect(mina.GetByRole(AriaRole.Status)).ToContainTextAsync("Meeting scheduled");
        var meeting = mina.Locator("ul.meetings > li");
        await Assertions.Expect(meeting).ToContainTextAsync(day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) + ", 10:30");
        await Accessibility.AssertNoViolationsAsync(mina);

        // Its .ics: one event, named for the pair, starting at 10:30 New York time (written as the UTC instant).
        var startsUtc = TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(10, 30)), zone);
        var dtStart = $"DTSTART:{startsUtc:yyyyMMdd'T'HHmmss}Z";
        var download = await mina.RunAndWaitForDownloadAsync(() => meeting.GetByRole(AriaRole.Link, new() { Name = "Add to my calendar (.ics)" }).ClickAsync());
        var ics = await File.ReadAllTextAsync((await download.PathAsync())!, Ct);
        Assert.Contains("BEGIN:VEVENT", ics, StringComparison.Ordinal);
        Assert.Contains("SUMMARY:Mentoring: Mina Mentee and Ada Archive", ics, StringComparison.Ordinal);
        Assert.Contains(dtStart, ics, StringComparison.Ordinal);

        // Her feed, fetched as a calendar app would: a fresh client with no cookie, at the address shown on her page.
        var feedUrl = new Uri(await mina.GetByLabel("Your private feed address").InputValueAsync());
        var calendarApp = await fixture.NewPageAsync();
        Assert.Empty(await calendarApp.Context.CookiesAsync());
        var feed = await calendarApp.Context.APIRequest.GetAsync(feedUrl.PathAndQuery);
        Assert.Equal(200, feed.Status);
        var feedText = await feed.TextAsync();
        Assert.Contains("BEGIN:VEVENT", feedText, StringComparison.Ordinal);
        Assert.Contains(dtStart, feedText, StringComparison.Ordinal);
        await calendarApp.Context.CloseAsync();

        // Two days on (both sign in again: the sign-in lasts less), the meeting's time has come: Mina marks it held.
        fixture.App.Clock.Advance(TimeSpan.FromDays(2));
        today = today.AddDays(2);
        mina = await fixture.LogInAsync(cast.Emails["Mina Mentee"], phone: true);
        ada = await fixture.LogInAsync(cast.Emails["Ada Archive"], phone: true);
        await mina.GotoAsync(pairingPath);
        meeting = mina.Locator("ul.meetings > li");
        await meeting.GetByRole(AriaRole.Button, new() { Name = "It was held" }).ClickAsync();
        await Assertions.Expect(mina.GetByRole(AriaRole.Status)).ToContainTextAsync("Meeting marked as held");
        await Assertions.Expect(mina.Locator("#coming-up + p")).ToHaveTextAsync("No meeting scheduled.");
        await Accessibility.AssertNoViolationsAsync(mina);

        // Ada logs the coffee they had on the term's second day, with a private note.
        var loggedOn = termStarts.AddDays(1);
        await ada.GotoAsync(pairingPath);
        await ada.GetByLabel("Day you met").FillAsync(loggedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await ada.GetByLabel("Length in minutes", new() { Exact = true }).FillAsync("30");
        await ada.GetByLabel("How you met").SelectOptionAsync(new SelectOptionValue { Label = "In person" });
        await ada.GetByLabel("Private note (optional)").FillAsync(NoteCanary);
        await ada.GetByRole(AriaRole.Button, new() { Name = "Log this meeting" }).ClickAsync();
        await Assertions.Expect(ada.GetByRole(AriaRole.Status)).ToContainTextAsync("Meeting logged.");
        await Assertions.Expect(ada.Locator("ul.notes")).ToContainTextAsync(NoteCanary);
        await Assertions.Expect(ada.GetByRole(AriaRole.Table, new() { Name = "Meetings held" }).Locator("tbody tr")).ToHaveCountAsync(2);
        await Accessibility.AssertNoViolationsAsync(ada);

        // Mina ticks the first checklist item: the page says who ticked it and when. (The button's name is "Mark done",
        // then its item from a visually hidden span; Chromium puts a space before that out-of-flow span.)
        await mina.GotoAsync(pairingPath);
        await mina.GetByRole(AriaRole.Button, new() { NameRegex = new System.Text.RegularExpressions.Regex(@"^Mark done\s*: Introductions to the departments and what each one does$") }).ClickAsync();
        var firstItem = mina.Locator("ul.checklist > li").First;
        await Assertions.Expect(firstItem).ToContainTextAsync($"ticked by you on {today.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}");
        await Assertions.Expect(mina.Locator("section[aria-labelledby=checklist]")).ToContainTextAsync("1 of 6 done");
        await Accessibility.AssertNoViolationsAsync(mina);
        await Assertions.Expect(ada.Locator("ul.checklist > li").First).ToContainTextAsync("To do");
        await ada.ReloadAsync();
        await Assertions.Expect(ada.Locator("ul.checklist > li").First).ToContainTextAsync($"ticked by Mina Mentee on {today.ToString("d MMMM yyyy", CultureInfo.InvariantCulture)}");

        // Mina records the lunch of the held meeting and sees what is left.
        await mina.GetByRole(AriaRole.Link, new() { Name = "Our lunch allowance" }).ClickAsync();
        await Assertions.Expect(mina.Locator("main h1")).ToHaveTextAsync("Our lunch allowance");
        await Accessibility.AssertNoViolationsAsync(mina);
        await mina.GetByLabel("Day of the lunch").FillAsync(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        await mina.GetByLabel("What it cost").FillAsync("18.50");
        await mina.GetByLabel("Note for finance (optional)").FillAsync("Cafe on the ground floor");
        await mina.GetByRole(AriaRole.Button, new() { Name = "Record this lunch" }).ClickAsync();
        await Assertions.Expect(mina.GetByRole(AriaRole.Status)).ToContainTextAsync("Lunch recorded.");
        await Assertions.Expect(Fact(mina, "Spent")).ToHaveTextAsync("18.50");
        await Assertions.Expect(Fact(mina, "Left")).ToHaveTextAsync("31.50");
        await Accessibility.AssertNoViolationsAsync(mina);

        // Two meetings held: the early check is open, and Mina answers it.
        await mina.GotoAsync(pairingPath);
        var earlyCheck = mina.Locator("section[aria-labelledby=early-check-heading]");
        await Assertions.Expect(earlyCheck).ToContainTextAsync("Is this working?");
        await earlyCheck.GetByRole(AriaRole.Button, new() { Name = "Yes", Exact = true }).ClickAsync();
        await Assertions.Expect(mina.GetByRole(AriaRole.Status)).ToContainTextAsync("Thank you for answering.");
        await Assertions.Expect(mina.Locator("main")).ToContainTextAsync("You answered \"Yes\" to \"Is this working?\"");
        await Assertions.Expect(earlyCheck).ToHaveCountAsync(0);
        await Accessibility.AssertNoViolationsAsync(mina);

        // The coordinator: statuses and counts on the board and the pairing's page, and nothing the pair wrote.
        var coordinator = await fixture.LogInAsync(coordinatorEmail, phone: true);
        await coordinator.GotoAsync($"/Programs/{cast.ProgramId}/Cycles/{cast.CycleId}/Progress");
        var row = coordinator.Locator("table tbody tr");
        await Assertions.Expect(row).ToHaveCountAsync(1);
        var cells = row.Locator("td");
        await Assertions.Expect(cells.Nth(3)).ToHaveTextAsync("2");
        await Assertions.Expect(cells.Nth(4)).ToHaveTextAsync(day.ToString("d MMMM yyyy", CultureInfo.InvariantCulture));
        await Assertions.Expect(cells.Nth(5)).ToHaveTextAsync("On track");
        await Assertions.Expect(cells.Nth(8)).ToHaveTextAsync("Confirmed");
        await Assertions.Expect(cells.Nth(9)).ToHaveTextAsync("1 of 6");
        await Accessibility.AssertNoViolationsAsync(coordinator);
        AssertNothingPrivate(await coordinator.ContentAsync(), "the progress board");

        await row.GetByRole(AriaRole.Link, new() { Name = "Mina Mentee" }).ClickAsync();
        await Assertions.Expect(coordinator.Locator("main h1")).ToHaveTextAsync("Mina Mentee with Ada Archive");
        await Assertions.Expect(Fact(coordinator, "Standing")).ToHaveTextAsync("Active.");
        await Assertions.Expect(Fact(coordinator, "Meetings held")).ToHaveTextAsync("2");
        await Assertions.Expect(Fact(coordinator, "Cadence")).ToContainTextAsync("On track");
        await Assertions.Expect(Fact(coordinator, "Agreement")).ToHaveTextAsync("Confirmed by both");
        await Assertions.Expect(Fact(coordinator, "Checklist")).ToHaveTextAsync("1 of 6 done");
        await Accessibility.AssertNoViolationsAsync(coordinator);
        AssertNothingPrivate(await coordinator.ContentAsync(), "the coordinator's pairing page");
    }

    /// <summary>The value of a fact in the page's main facts list, by its term.</summary>
    private static ILocator Fact(IPage page, string term) => page.Locator($"main dl.facts dt:text-is('{term}') + dd");

    private static void AssertNothingPrivate(string html, string where)
    {
        foreach (var secret in new[] { GoalsCanary, NoteCanary, "Goals-canary", "Note-canary", "An hour every two weeks over coffee", "Everything we say" })
        {
            Assert.False(html.Contains(secret, StringComparison.Ordinal), $"{where} shows what the pair wrote: {secret}");
        }
    }
}
