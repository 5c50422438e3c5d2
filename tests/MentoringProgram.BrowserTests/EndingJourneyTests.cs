using MentoringProgram.Testing;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Matching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MentoringProgram.BrowserTests;

/// <summary>Ending early clicked through in Chromium, with an axe check on every page: a mentee asks, on her phone, to
/// end her pairing; the coordinator sees the flag on the progress board, opens the pairing and dissolves it; the mentee
/// comes first in the request list with a "Rematch" badge, her old mentor is not suggested, and she is matched again; near
/// the end of the new term she answers "continue for another term?" on her pairing page.</summary>
public sealed class EndingJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AMenteeAsksToEnd_TheCoordinatorDissolves_AndTheMenteeIsRematched()
    {
        var cast = await JourneyCast.CreateAsync(fixture.App, "Ending journey", ProgramTemplates.All[0].Settings,
            [new("Ada Archive", 1, [0, 1, 2], 1), new("Ben Budget", 2, [0, 1], 1)],
            [new("Mina Mentee", 0, [0, 1, 2]), new("Noor Newman", 0, [0])],
            mentee => $"{mentee} wants to find her way around the library.", Ct);
        foreach (var email in cast.Emails.Values)
        {
            await fixture.App.CreateUserAsync(email);
        }
        var coordinatorEmail = $"coord.{Guid.NewGuid():N}"[..14] + "@library.test";
        await fixture.App.CreateUserAsync(coordinatorEmail, coordinator: true);
        var (pairingId, adaOffer) = await fixture.App.WithScopeAsync(async sp =>
        {
            var ada = await sp.GetRequiredService<Web.Data.AppDbContext>().MentorVolunteers
                .Where(v => v.CycleId == cast.CycleId && v.StaffMember!.FullName == "Ada Archive").Select(v => v.Id).SingleAsync(Ct);
            var proposed = await sp.GetRequiredService<ProposeMatch.Handler>().HandleAsync(cast.ProgramId, cast.Requests["Mina Mentee"], ada, null, Ct);
            await sp.GetRequiredService<ConfirmMatch.Handler>().HandleAsync(cast.ProgramId, proposed.MatchId!.Value, new ConfirmMatch.Command(), null, Ct);
            return (proposed.MatchId!.Value, ada);
        });
        // Into the term (it starts 20 days after today).
        fixture.App.Clock.Advance(TimeSpan.FromDays(25));

        // Mina, on her phone: her pairing page, then the request to end it.
        var mina = await fixture.LogInAsync(cast.Emails["Mina Mentee"], phone: true);
        await mina.GotoAsync("/My");
        await mina.GetByRole(AriaRole.Link, new() { Name = "Open our pairing page with Ada Archive" }).ClickAsync();
        await BrowserFixture.WaitForAddressAsync(mina, url => url.EndsWith($"/My/Pairings/{pairingId}", StringComparison.Ordinal), "Mina's pairing page");
        await Accessibility.AssertNoViolationsAsync(mina);
        await mina.GetByRole(AriaRole.Link, new() { Name = "Ask the coordinator to end this pairing" }).ClickAsync();
        await Assertions.Expect(mina.Locator("main h1")).ToHaveTextAsync("Ask to end your pairing with Ada Archive");
        await Accessibility.AssertNoViolationsAsync(mina);
        await mina.GetByLabel("Our schedules do not match").CheckAsync();
        await mina.GetByLabel("Anything you want the coordinator to know (optional)").FillAsync("We have not found one free hour in three weeks.");
        await mina.GetByRole(AriaRole.Button, new() { Name = "Send my request to the coordinator" }).ClickAsync();
        await Assertions.Expect(mina.GetByRole(AriaRole.Status)).ToContainTextAsync("Your request is with the coordinator");
        await Assertions.Expect(mina.GetByRole(AriaRole.Button, new() { Name = "Take my request back" })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(mina);

        // The coordinator: the flag on the board, the pairing's page, and dissolving it.
        var coordinator = await fixture.LogInAsync(coordinatorEmail);
        await coordinator.GotoAsync($"/Programs/{cast.ProgramId}/Cycles/{cast.CycleId}/Progress");
        var row = coordinator.Locator("table tbody tr");
        await Assertions.Expect(row).ToContainTextAsync("End requested");
        await Accessibility.AssertNoViolationsAsync(coordinator);
        await row.GetByRole(AriaRole.Link, new() { Name = "Mina Mentee" }).ClickAsync();
        await Assertions.Expect(coordinator.Locator("main")).ToContainTextAsync("We have not found one free hour in three weeks.");
        await Assertions.Expect(coordinator.Locator("main")).ToContainTextAsync("Our schedules do not match");
        await Accessibility.AssertNoViolationsAsync(coordinator);
        await coordinator.GetByLabel("Why it is ending").FillAsync("Schedules never matched; Mina asked.");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Dissolve the pairing" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Pairing dissolved.");
        await Assertions.Expect(coordinator.Locator("main")).ToContainTextAsync("Granted: the pairing was dissolved.");
        await Accessibility.AssertNoViolationsAsync(coordinator);

        // Mina waits first, with a badge; Ada is not suggested again; Ben is proposed and confirmed.
        await coordinator.GotoAsync($"/Programs/{cast.ProgramId}/Requests");
        var first = coordinator.Locator("table tbody tr").First;
        await Assertions.Expect(first).ToContainTextAsync("Mina Mentee");
        await Assertions.Expect(first).ToContainTextAsync("Rematch");
        await Accessibility.AssertNoViolationsAsync(coordinator);
        await first.GetByRole(AriaRole.Link, new() { Name = "Suggested mentors for Mina Mentee" }).ClickAsync();
        var cards = coordinator.Locator("ol.suggestions > li");
        await Assertions.Expect(cards).ToHaveCountAsync(1);
        await Assertions.Expect(coordinator.Locator("details")).ToContainTextAsync("Ada Archive: Their earlier pairing was dissolved.");
        await cards.Nth(0).GetByRole(AriaRole.Button, new() { Name = "Propose Ben Budget as mentor", Exact = true }).ClickAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Confirm and introduce them" }).ClickAsync();
        await Assertions.Expect(coordinator.Locator("main")).ToContainTextAsync("Confirmed: both have been introduced.");

        await mina.GotoAsync("/My");
        await Assertions.Expect(mina.Locator("main")).ToContainTextAsync("You have a mentor for this cycle: Ben Budget");
        await Accessibility.AssertNoViolationsAsync(mina);
        Assert.Equal(0, await fixture.App.WithDbAsync(db => db.MentorVolunteers.Where(v => v.Id == adaOffer).Select(v => v.PlacesTaken).SingleAsync(Ct)));

        // Near the end of the new term, My mentoring asks Mina whether to continue, and she answers on her pairing page.
        var renewed = await fixture.App.WithDbAsync(db => db.Pairings.Where(p => p.MenteeRequestId == cast.Requests["Mina Mentee"] && p.Status == PairingStatus.Active)
            .Select(p => new { p.Id, p.EndsOn }).SingleAsync(Ct));
        fixture.App.Clock.Advance(TimeSpan.FromDays(renewed.EndsOn.DayNumber - fixture.App.Clock.TodayIn(TimeZoneInfo.Utc).DayNumber - 20));
        mina = await fixture.LogInAsync(cast.Emails["Mina Mentee"], phone: true);
        await mina.GotoAsync("/My");
        await mina.GetByRole(AriaRole.Link, new() { Name = "Answer on your pairing page with Ben Budget" }).ClickAsync();
        await Assertions.Expect(mina.Locator("#continuation-heading")).ToHaveTextAsync("Continue for another term?");
        await Accessibility.AssertNoViolationsAsync(mina);
        await mina.GetByRole(AriaRole.Button, new() { Name = "Yes, continue for another term" }).ClickAsync();
        await Assertions.Expect(mina.GetByRole(AriaRole.Status)).ToContainTextAsync("your answer is recorded");
        await Assertions.Expect(mina.Locator("#continuation-answer")).ToContainTextAsync("You answered: continue for another term.");
        await Accessibility.AssertNoViolationsAsync(mina);
        Assert.Equal(ContinuationChoice.Continue, await fixture.App.WithDbAsync(db => db.Pairings.Where(p => p.Id == renewed.Id).Select(p => p.MenteeContinuation).SingleAsync(Ct)));
    }
}
