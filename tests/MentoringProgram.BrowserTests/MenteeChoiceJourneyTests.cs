using MentoringProgram.Testing;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.MenteeChoice;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MentoringProgram.BrowserTests;

/// <summary>Mentee choice clicked through in Chromium, on a phone as most staff would, with an axe check on every page:
/// a mentee chooses from the short list and asks a mentor, who accepts in the app; another mentee's ask lapses when the
/// clock passes its due time, and she is offered the next mentors instead.</summary>
public sealed class MenteeChoiceJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AMenteeAsksAMentorWhoAccepts_AndAnotherAskLapsesWhenTheClockMoves()
    {
        var scene = await Scene.CreateAsync(fixture.App);
        foreach (var email in scene.Emails.Values)
        {
            await fixture.App.CreateUserAsync(email);
        }

        // Mina, on her phone: My mentoring, then the short list with reasons.
        var mina = await fixture.LogInAsync(scene.Emails["Mina Mentee"], phone: true);
        await mina.GotoAsync("/My");
        await Assertions.Expect(mina.Locator("main")).ToContainTextAsync("you choose your mentor from a short list");
        await Accessibility.AssertNoViolationsAsync(mina);
        await mina.GetByRole(AriaRole.Link, new() { Name = "Choose my mentor" }).ClickAsync();
        await BrowserFixture.WaitForAddressAsync(mina, url => url.EndsWith("/Mentors", StringComparison.Ordinal), "Mina's short list");
        var cards = mina.Locator("ol.suggestions > li");
        await Assertions.Expect(cards).ToHaveCountAsync(3);
        await Assertions.Expect(cards.Nth(0).Locator("h3")).ToHaveTextAsync("Ada Archive");
        await Assertions.Expect(cards.Nth(0)).ToContainTextAsync("Shares 3 of 3 topics");
        await Assertions.Expect(mina.Locator("main")).Not.ToContainTextAsync("Cleo Chief");
        await Assertions.Expect(mina.Locator("main")).Not.ToContainTextAsync("score");
        await Accessibility.AssertNoViolationsAsync(mina);
        await cards.Nth(0).GetByRole(AriaRole.Button, new() { Name = "Ask Ada Archive" }).ClickAsync();
        await Assertions.Expect(mina.GetByRole(AriaRole.Status)).ToContainTextAsync("Your ask is sent");
        await Assertions.Expect(mina.GetByRole(AriaRole.Heading, new() { Name = "Waiting for Ada Archive" })).ToBeVisibleAsync();
        await Assertions.Expect(mina.Locator("main")).ToContainTextAsync("They have until 5 March 2026, 14:30");
        await Accessibility.AssertNoViolationsAsync(mina);

        // Ada sees the ask on her page, reads Mina's goals and accepts.
        var ada = await fixture.LogInAsync(scene.Emails["Ada Archive"]);
        await ada.GotoAsync("/My");
        await Assertions.Expect(ada.Locator("main")).ToContainTextAsync("Mina Mentee has asked you to be their mentor.");
        await Accessibility.AssertNoViolationsAsync(ada);
        await ada.GetByRole(AriaRole.Link, new() { Name = "See the ask and answer" }).ClickAsync();
        await Assertions.Expect(ada.Locator("main h1")).ToHaveTextAsync("Mina Mentee asks you to mentor them");
        await Assertions.Expect(ada.Locator("main")).ToContainTextAsync(Scene.GoalsOf("Mina Mentee"));
        await Accessibility.AssertNoViolationsAsync(ada);
        await ada.GetByRole(AriaRole.Button, new() { Name = "Accept and be their mentor" }).ClickAsync();
        await BrowserFixture.WaitForAddressAsync(ada, url => url.EndsWith("/My", StringComparison.Ordinal), "Ada's mentoring page");
        await Assertions.Expect(ada.GetByRole(AriaRole.Status)).ToContainTextAsync("You have accepted.");
        await Accessibility.AssertNoViolationsAsync(ada);

        await mina.ReloadAsync();
        await Assertions.Expect(mina.Locator("main")).ToContainTextAsync("Ada Archive is your mentor.");
        var introductions = await fixture.App.WithDbAsync(db => db.OutboxMessages.Where(m => m.DeduplicationKey.StartsWith("introduction:"))
            .Select(m => m.ToAddress).OrderBy(a => a).ToListAsync(Ct));
        Assert.Equal(new[] { scene.Emails["Ada Archive"], scene.Emails["Mina Mentee"] }.Order(), introductions);

        // Noor asks Ben, who never answers; three days later the ask lapses and she is offered the others.
        var noor = await fixture.LogInAsync(scene.Emails["Noor Newman"], phone: true);
        await noor.GotoAsync($"/My/Requests/{scene.Requests["Noor Newman"]}/Mentors");
        await noor.GetByRole(AriaRole.Button, new() { Name = "Ask Ben Budget" }).ClickAsync();
        await Assertions.Expect(noor.GetByRole(AriaRole.Heading, new() { Name = "Waiting for Ben Budget" })).ToBeVisibleAsync();

        fixture.App.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromMinutes(1));
        var lapsed = await fixture.App.WithScopeAsync(sp => sp.GetRequiredService<ExpireAsks>().RunAsync(Ct));
        Assert.Equal(1, lapsed);

        noor = await fixture.LogInAsync(scene.Emails["Noor Newman"], phone: true);
        await noor.GotoAsync($"/My/Requests/{scene.Requests["Noor Newman"]}/Mentors");
        await Assertions.Expect(noor.Locator("main")).ToContainTextAsync("Ben Budget did not answer in time.");
        await Assertions.Expect(noor.Locator("ol.suggestions")).Not.ToContainTextAsync("Ben Budget");
        await Assertions.Expect(noor.GetByRole(AriaRole.Button, new() { Name = "Ask Dev Digital" })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(noor);
        var lapseMail = await fixture.App.WithDbAsync(db => db.OutboxMessages.Where(m => m.DeduplicationKey.StartsWith("ask-ended:"))
            .Select(m => m.ToAddress).OrderBy(a => a).ToListAsync(Ct));
        Assert.Equal(new[] { scene.Emails["Ben Budget"], scene.Emails["Noor Newman"] }.Order(), lapseMail);
    }

    /// <summary>
    /// A mentee-choice program's open cycle: Mina Mentee (three topics, supervised by Cleo Chief) and Noor Newman wait;
    /// the approved mentors are Ada Archive (all three of Mina's topics), Ben Budget (one place), Cleo Chief (Mina's
    /// supervisor, so never on her list) and Dev Digital. Each may choose from three.
    /// </summary>
    private sealed record Scene(JourneyCast Cast)
    {
        public IReadOnlyDictionary<string, int> Requests => Cast.Requests;
        public IReadOnlyDictionary<string, string> Emails => Cast.Emails;

        public static string GoalsOf(string mentee) => $"{mentee} wants to find her way around the library's committees.";

        public static async Task<Scene> CreateAsync(TestAppFactory app) => new(await JourneyCast.CreateAsync(app, "Mentee choice journey",
            ProgramTemplates.All[0].Settings with { MatchingMode = MatchingMode.MenteeChooses, MenteeChoices = 3, MentorAnswerDays = 3 },
            [new("Ada Archive", 1, [0, 1, 2], 2), new("Ben Budget", 1, [0], 1), new("Cleo Chief", 2, [0, 1], 2), new("Dev Digital", 3, [3], 2)],
            [new("Mina Mentee", 0, [0, 1, 2], Supervisor: "Cleo Chief"), new("Noor Newman", 0, [0])],
            GoalsOf, Ct));
    }
}
