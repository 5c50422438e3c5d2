using MentoringProgram.Testing;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using IcsCalendar = Ical.Net.Calendar;

namespace MentoringProgram.BrowserTests;

/// <summary>A pair's meetings clicked through in Chromium with an axe check on every page: the mentee schedules a
/// meeting in the program's time zone (New York), sees it coming up, downloads it as an .ics that holds the right
/// UTC instant, and finds the private feed address ready to copy; the mentor sees the same meeting.</summary>
public sealed class PairingJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AMenteeSchedulesAMeeting_DownloadsItsIcs_AndFindsTheFeedAddress()
    {
        var cast = await JourneyCast.CreateAsync(fixture.App, "Pairing journey", ProgramTemplates.All[0].Settings,
            [new JourneyCast.Mentor("Ada Archive", 1, [0, 1], 1)], [new JourneyCast.Mentee("Mina Mentee", 0, [0, 1])], _ => "Learn the catalog.", Ct);
        var pairingId = await fixture.App.WithDbAsync(async db =>
        {
            var program = await db.Programs.SingleAsync(p => p.Id == cast.ProgramId, Ct);
            program.SetTimeZone("America/New_York");
            var cycle = await db.ProgramCycles.SingleAsync(c => c.Id == cast.CycleId, Ct);
            var request = await db.MenteeRequests.SingleAsync(r => r.Id == cast.Requests["Mina Mentee"], Ct);
            var offer = await db.MentorVolunteers.SingleAsync(v => v.CycleId == cast.CycleId, Ct);
            var pairing = Pairing.Propose(offer, request.Id, request.StaffMemberId, cycle.TermStarts, cycle.TermEnds, "Shares 2 of 2 topics");
            pairing.Start();
            request.MarkMatched();
            db.Pairings.Add(pairing);
            await db.SaveChangesAsync(Ct);
            return pairing.Id;
        });
        foreach (var email in cast.Emails.Values)
        {
            await fixture.App.CreateUserAsync(email);
        }
        var termStarts = await fixture.App.WithDbAsync(db => db.Pairings.Where(p => p.Id == pairingId).Select(p => p.StartsOn).SingleAsync(Ct));
        var day = termStarts.AddDays(14);

        var mina = await fixture.LogInAsync(cast.Emails["Mina Mentee"]);
        await mina.GotoAsync("/My");
        await mina.GetByRole(AriaRole.Link, new() { Name = "Open our pairing page" }).First.ClickAsync();
        await BrowserFixture.WaitForAddressAsync(mina, url => url.EndsWith($"/My/Pairings/{pairingId}", StringComparison.Ordinal), "the pairing page");
        await Assertions.Expect(mina.Locator("#coming-up + p")).ToHaveTextAsync("No meeting scheduled.");
        await mina.GetByLabel("Day", new() { Exact = true }).FillAsync(day.ToString("yyyy-MM-dd"));
        await mina.GetByLabel("Start time").FillAsync("10:30");
        await mina.GetByLabel("Expected length in minutes").FillAsync("45");
        await mina.GetByLabel("How you will meet").SelectOptionAsync("Video");
        await mina.GetByLabel("Place or link (optional)").FillAsync("https://meet.example.org/mina-ada");
        await mina.GetByRole(AriaRole.Button, new() { Name = "Schedule this meeting" }).ClickAsync();

        await Assertions.Expect(mina.GetByRole(AriaRole.Status)).ToContainTextAsync("Meeting scheduled");
        var meeting = mina.Locator("ul.meetings > li");
        await Assertions.Expect(meeting).ToHaveCountAsync(1);
        await Assertions.Expect(meeting).ToContainTextAsync($"{day:d MMMM yyyy}, 10:30 New York time");
        await Assertions.Expect(meeting.GetByRole(AriaRole.Link, new() { Name = "https://meet.example.org/mina-ada" })).ToBeVisibleAsync();
        await Accessibility.AssertNoViolationsAsync(mina);

        var download = await mina.RunAndWaitForDownloadAsync(() => meeting.GetByRole(AriaRole.Link, new() { Name = "Add to my calendar (.ics)" }).ClickAsync());
        Assert.EndsWith(".ics", download.SuggestedFilename);
        var calendar = IcsCalendar.Load(await File.ReadAllTextAsync((await download.PathAsync())!, Ct))!;
        var zone = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        var expected = TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(new TimeOnly(10, 30)), zone);
        Assert.Equal(expected, Assert.Single(calendar.Events).Start!.AsUtc);

        var feed = mina.GetByLabel("Your private feed address");
        await Assertions.Expect(feed).ToHaveValueAsync(new System.Text.RegularExpressions.Regex("^https://localhost/Calendar/.+\\.ics$"));
        Assert.True(await feed.IsEditableAsync() is false);

        var ada = await fixture.LogInAsync(cast.Emails["Ada Archive"]);
        await ada.GotoAsync($"/My/Pairings/{pairingId}");
        await Assertions.Expect(ada.Locator("ul.meetings > li")).ToContainTextAsync("Scheduled by Mina Mentee");
        await Accessibility.AssertNoViolationsAsync(ada);
    }
}
