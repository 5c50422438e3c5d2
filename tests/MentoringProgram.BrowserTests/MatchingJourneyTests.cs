using System.Text.RegularExpressions;
using MentoringProgram.Testing;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace MentoringProgram.BrowserTests;

/// <summary>A coordinator's way through matching, clicked through in Chromium with an axe check on every page: one
/// request's suggested mentors (reasons in words, the supervisor left out by rule, a weight changed and the list
/// ranked again), proposing and confirming a pair; then the bulk match for the rest of the cycle (spreading the load,
/// the fairness report, another mentor for one row, one row left out of the acceptance); the board and the audit log
/// on a phone.</summary>
public sealed partial class MatchingJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Coordinator_MatchesOneRequestByHand_ThenTheRestOfTheCycleInBulk()
    {
        var scene = await Scene.CreateAsync(fixture.App);
        var coordinatorEmail = $"coord.{Guid.NewGuid():N}"[..14] + "@library.test";
        await fixture.App.CreateUserAsync(coordinatorEmail, coordinator: true);
        var page = await fixture.LogInAsync(coordinatorEmail);

        // From the program's request list to Mina's suggested mentors.
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Programs" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = scene.ProgramName }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "Mentor requests" }).ClickAsync();
        await Assertions.Expect(page.Locator("main tbody tr")).ToHaveCountAsync(Scene.Mentees.Length);
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByRole(AriaRole.Link, new() { Name = "Suggested mentors for Mina Mentee" }).ClickAsync();
        await BrowserFixture.WaitForAddressAsync(page, url => url.EndsWith($"/Requests/{scene.RequestOf("Mina Mentee")}/Suggestions", StringComparison.Ordinal), "Mina's suggested mentors");

        // Reasons in words, best first with the default weights (topics count most): Ada shares all three topics.
        var cards = page.Locator("ol.suggestions > li");
        await Assertions.Expect(cards).ToHaveCountAsync(3);
        await Assertions.Expect(cards.Nth(0).Locator("h2")).ToContainTextAsync("Ada Archive");
        await Assertions.Expect(cards.Nth(0)).ToContainTextAsync($"Shares 3 of 3 topics: {string.Join(", ", scene.MinasTopics)}");
        await Assertions.Expect(cards.Nth(0)).ToContainTextAsync("Works in the same department");
        await Assertions.Expect(cards.Nth(0)).ToContainTextAsync("though another was asked for");
        var ben = cards.Filter(new() { HasText = "Ben Budget" });
        await Assertions.Expect(ben).ToContainTextAsync("Shares 1 of 3 topics");
        await Assertions.Expect(ben).ToContainTextAsync($"Works in another department ({scene.Departments[1]}), as asked");
        await Assertions.Expect(ben).ToContainTextAsync("Both prefer video calls");
        // Her supervisor is not offered, and the page says which rule left him out.
        await Assertions.Expect(page.Locator("ol.suggestions")).Not.ToContainTextAsync("Cleo Chief");
        await page.GetByText("1 mentor left out by the program's rules").ClickAsync();
        await Assertions.Expect(page.GetByText("Cleo Chief: Is the mentee's supervisor.")).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        // Another department counting for more puts Ben first, for this request and the rest of the program.
        var outside = page.GetByLabel("Works in another department", new() { Exact = true });
        await Assertions.Expect(outside).ToHaveValueAsync("3");
        await outside.FillAsync("10");
        await page.GetByRole(AriaRole.Button, new() { Name = "Save weights and rank again" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Match weights saved");
        await Assertions.Expect(outside).ToHaveValueAsync("10");
        await Assertions.Expect(cards.Nth(0).Locator("h2")).ToContainTextAsync("Ben Budget");
        await Assertions.Expect(cards.Nth(2).Locator("h2")).ToContainTextAsync("Ada Archive");
        await Accessibility.AssertNoViolationsAsync(page);

        // Propose Ben, then confirm with a note for the pair.
        await cards.Nth(0).GetByRole(AriaRole.Button, new() { Name = "Propose Ben Budget as mentor", Exact = true }).ClickAsync();
        await BrowserFixture.WaitForAddressAsync(page, url => MatchPage().IsMatch(url), "the proposed match's page");
        var matchId = int.Parse(MatchPage().Match(page.Url).Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Match proposed. Nobody is told until you confirm it.");
        await Assertions.Expect(page.Locator("main h1")).ToContainTextAsync("Mina Mentee with Ben Budget");
        await Accessibility.AssertNoViolationsAsync(page);
        const string note = "Ben has run the budget committee for years; start with the spring plan.";
        await page.GetByLabel("Note for the pair (optional)").FillAsync(note);
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm and introduce them" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Match confirmed. Both have been sent an introduction");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("Confirmed: both have been introduced.");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync(note);
        await Accessibility.AssertNoViolationsAsync(page);

        var introductions = await fixture.App.WithDbAsync(db => db.OutboxMessages.Where(m => m.DeduplicationKey.StartsWith("introduction:"))
            .OrderBy(m => m.DeduplicationKey).Select(m => new { m.DeduplicationKey, m.ToAddress }).ToListAsync(Ct));
        Assert.Equal(new[] { $"introduction:{matchId}:mentee", $"introduction:{matchId}:mentor" }, introductions.Select(m => m.DeduplicationKey));
        Assert.Equal(new[] { scene.Emails["Mina Mentee"], scene.Emails["Ben Budget"] }, introductions.Select(m => m.ToAddress));

        // Bulk: the four still waiting, against Ada, Cleo and Dev (Ben's one place is taken).
        await page.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Programs" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = scene.ProgramName }).ClickAsync();
        await BrowserFixture.WaitForAddressAsync(page, url => url.EndsWith($"/Programs/{scene.ProgramId}", StringComparison.Ordinal), "the program's page");
        await page.GetByRole(AriaRole.Link, new() { Name = "Match pairs in Spring round" }).ClickAsync();
        await BrowserFixture.WaitForAddressAsync(page, url => url.EndsWith(scene.BoardPath, StringComparison.Ordinal), "the matching board");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("4 requests are waiting for a mentor; 3 approved mentors have 6 places left.");
        await Accessibility.AssertNoViolationsAsync(page);
        await page.GetByLabel("Spread the load").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Suggest matches for everyone unmatched" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Matches suggested for everyone waiting");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Draft", Exact = true })).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("spreading the load. 4 placed, 0 not placed.");
        var rows = page.GetByRole(AriaRole.Table, new() { Name = "Proposed matches" }).Locator("tbody tr");
        await Assertions.Expect(rows).ToHaveCountAsync(4);
        var fairness = page.Locator("section[aria-labelledby=fairness-heading]");
        await Assertions.Expect(fairness.GetByRole(AriaRole.Heading, new() { Name = "Fairness report" })).ToBeVisibleAsync();
        await Assertions.Expect(fairness).ToContainTextAsync("Everyone waiting was placed.");
        await Assertions.Expect(fairness.GetByRole(AriaRole.Table, new() { Name = "Match quality by department" }).Locator("tbody tr")).ToHaveCountAsync(4);
        // Spreading the load: no mentor gets two while another of the three gets none.
        await Assertions.Expect(fairness).ToContainTextAsync("2 mentors get 1 mentee");
        await Assertions.Expect(fairness).ToContainTextAsync("1 mentor gets 2 mentees");
        await Accessibility.AssertNoViolationsAsync(page);

        // Another mentor for Noor's row: each choice with the change in the draft's total score.
        var noorsRow = rows.Filter(new() { HasText = "Noor Newman" });
        var draftMentor = (await noorsRow.Locator("td").Nth(3).InnerTextAsync()).Split('\n')[0].Trim();
        await page.GetByRole(AriaRole.Link, new() { Name = "Choose another mentor for Noor Newman" }).ClickAsync();
        await BrowserFixture.WaitForAddressAsync(page, url => url.EndsWith("/Swap", StringComparison.Ordinal), "the choice of another mentor");
        await Assertions.Expect(page.Locator("main h1")).ToHaveTextAsync("Another mentor for Noor Newman");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync($"In the draft: {draftMentor}, score");
        var options = page.Locator("ol.suggestions > li");
        await Assertions.Expect(options.First).ToContainTextAsync("Change in the draft's total score:");
        await Assertions.Expect(options.First.Locator("strong")).ToHaveTextAsync(ScoreChange());
        await Assertions.Expect(options.Locator("h2", new() { HasText = draftMentor })).ToHaveCountAsync(0);
        await Accessibility.AssertNoViolationsAsync(page);
        var chosen = (await options.First.Locator("h2").InnerTextAsync()).Split(" score ")[0].Trim();
        Assert.Contains(chosen, new[] { "Ada Archive", "Cleo Chief", "Dev Digital" });
        await options.First.GetByRole(AriaRole.Button, new() { Name = $"Choose {chosen}" }).ClickAsync();
        await BrowserFixture.WaitForAddressAsync(page, url => url.EndsWith(scene.BoardPath, StringComparison.Ordinal), "the board again");
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Mentor changed on that row, and the row locked");
        await Assertions.Expect(noorsRow).ToContainTextAsync(chosen);
        await Assertions.Expect(noorsRow.GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex("^Lock Noor Newman with") })).ToBeCheckedAsync();
        await Accessibility.AssertNoViolationsAsync(page);

        // Leave Quinn waiting and accept the other three.
        var quinnsAccept = page.GetByRole(AriaRole.Checkbox, new() { NameRegex = new Regex("^Accept Quinn Quill with") });
        await quinnsAccept.UncheckAsync();
        await Assertions.Expect(quinnsAccept).Not.ToBeCheckedAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Accept the ticked matches and introduce the pairs" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("3 matches accepted: every pair has been introduced.");
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Last draft (accepted)" })).ToBeVisibleAsync();
        await Assertions.Expect(rows.Filter(new() { HasText = "Quinn Quill" }).Locator("td").First).ToHaveTextAsync("No");
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("1 request is waiting for a mentor");
        await Accessibility.AssertNoViolationsAsync(page);

        var statuses = await fixture.App.WithDbAsync(db => db.MenteeRequests.Where(r => r.Cycle!.ProgramId == scene.ProgramId)
            .Select(r => new { r.StaffMember!.FullName, r.Status }).ToDictionaryAsync(r => r.FullName, r => r.Status, Ct));
        Assert.Equal(RequestStatus.Submitted, statuses["Quinn Quill"]);
        Assert.All(Scene.Mentees.Where(m => m != "Quinn Quill"), m => Assert.Equal(RequestStatus.Matched, statuses[m]));
        var mails = await fixture.App.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.DeduplicationKey.StartsWith("introduction:"), Ct));
        Assert.Equal(2 + 3 * 2, mails);

        // On a phone: the board and the audit log fit the screen.
        var phone = await fixture.LogInAsync(coordinatorEmail, phone: true);
        await phone.GotoAsync(scene.BoardPath);
        await Assertions.Expect(phone.GetByRole(AriaRole.Heading, new() { Name = "Fairness report" })).ToBeVisibleAsync();
        await AssertFitsThePhoneAsync(phone);
        await Accessibility.AssertNoViolationsAsync(phone);
        await phone.GetByRole(AriaRole.Navigation, new() { Name = "Main" }).GetByRole(AriaRole.Link, new() { Name = "Audit log" }).ClickAsync();
        await BrowserFixture.WaitForAddressAsync(phone, url => url.EndsWith("/Audit", StringComparison.Ordinal), "the audit log");
        var log = phone.GetByRole(AriaRole.Table, new() { Name = "Audit log entries" });
        await Assertions.Expect(log).ToContainTextAsync("match.weights-changed");
        await Assertions.Expect(log).ToContainTextAsync("Works in another department 3 -> 10");
        await Assertions.Expect(log).ToContainTextAsync("match-run.accepted");
        await AssertFitsThePhoneAsync(phone);
        await Accessibility.AssertNoViolationsAsync(phone);
    }

    private static async Task AssertFitsThePhoneAsync(IPage page)
    {
        var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
        var widest = await page.EvaluateAsync<string>(@"[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 391)
            .map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).slice(0, 5).join('; ')");
        Assert.True(width <= 390, $"{page.Url} is {width} px wide on a 390 px screen: {widest}");
    }

    [GeneratedRegex(@"/Programs/\d+/Matches/(\d+)$")]
    private static partial Regex MatchPage();

    [GeneratedRegex(@"^(\+\d+|0|-\d+)$")]
    private static partial Regex ScoreChange();

    /// <summary>
    /// Five requests waiting, each wanting a mentor from another department by video; four approved mentors: Ada
    /// Archive (Mina's department, all three of Mina's topics, two places), Ben Budget (one of Mina's topics, one place),
    /// Cleo Chief (Mina's supervisor, two places) and Dev Digital (none of Mina's topics, two places). With the default
    /// weights Ada ranks first for Mina; with "another department" at 10, Ben.
    /// </summary>
    private sealed record Scene(JourneyCast Cast)
    {
        public static readonly string[] Mentees = ["Mina Mentee", "Noor Newman", "Omar Ortiz", "Pia Park", "Quinn Quill"];

        public int ProgramId => Cast.ProgramId;
        public string ProgramName => Cast.ProgramName;
        public IReadOnlyList<string> Departments => Cast.Departments;
        public IReadOnlyDictionary<string, string> Emails => Cast.Emails;
        public IReadOnlyList<string> MinasTopics => [.. Cast.TopicNames.Take(3).Order(StringComparer.CurrentCulture)];
        public string BoardPath => $"/Programs/{Cast.ProgramId}/Cycles/{Cast.CycleId}/Matching";

        public int RequestOf(string mentee) => Cast.Requests[mentee];

        public static async Task<Scene> CreateAsync(TestAppFactory app) => new(await JourneyCast.CreateAsync(app, "Matching journey", ProgramTemplates.All[0].Settings,
            [new("Ada Archive", 0, [0, 1, 2], 2), new("Ben Budget", 1, [0], 1), new("Cleo Chief", 2, [0, 1], 2), new("Dev Digital", 3, [3], 2)],
            [
                new("Mina Mentee", 0, [0, 1, 2], Supervisor: "Cleo Chief"), new("Noor Newman", 1, [0]), new("Omar Ortiz", 2, [1, 3]),
                new("Pia Park", 3, [2]), new("Quinn Quill", 0, [3]),
            ],
            mentee => $"{mentee} wants to learn how another part of the library works.", Ct));
    }
}
