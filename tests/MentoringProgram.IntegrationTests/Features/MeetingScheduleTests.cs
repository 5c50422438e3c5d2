using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Pairings;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>Pairing life (issue 14): either member schedules a meeting ahead on the program's wall clock (New York here,
/// which changes its clocks), stored as the UTC instant; the pair later marks it held, which counts for the cadence,
/// or missed, which does not, or cancels it before it starts. Nobody else reaches a pair's meetings, the coordinator
/// included, and every wrong field is answered beside it with nothing written.</summary>
public abstract class MeetingScheduleTests(AppFixture fixture) : AppTests(fixture)
{
    private const string NewYork = "America/New_York";
    private const string Link = "https://meet.example.org/mina-gale";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static List<KeyValuePair<string, string>> Meeting(string day, string time, string minutes = "45", string format = "Video", string place = Link) =>
    [
        new("Schedule.Day", day), new("Schedule.Time", time), new("Schedule.Minutes", minutes), new("Schedule.Format", format), new("Schedule.Place", place),
    ];

    private static Task<HttpResponseMessage> ScheduleAsync(AppClient client, ConfirmedPair pair, List<KeyValuePair<string, string>> fields) =>
        client.SubmitAsync(pair.Page, fields, "form[action$='/Meetings/Schedule']");

    private Task<List<Meeting>> MeetingsAsync(int pairingId) =>
        App.WithDbAsync(db => db.Meetings.AsNoTracking().Where(m => m.PairingId == pairingId).OrderBy(m => m.Id).ToListAsync(Ct));

    private Task<int> AuditCountAsync(string action) => App.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == action, Ct));

    private async Task<AppClient> OutsiderAsync(bool coordinator)
    {
        var email = Unique(coordinator ? "coord" : "stranger");
        await App.CreateUserAsync(email, coordinator);
        return await LoginAsync(email);
    }

    [Fact]
    public async Task AMemberSchedulesAMeeting_StoredAsTheUtcInstant_ShownToBothInTheProgramsZone_AndToNobodyElse()
    {
        var pair = await ConfirmedPair.CreateAsync(App, NewYork);
        var mentee = await LoginAsync(pair.MenteeEmail);
        var mentor = await LoginAsync(pair.MentorEmail);

        var scheduled = await ScheduleAsync(mentee, pair, Meeting("2026-04-15", "10:30"));

        Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        Assert.Equal(pair.Page, scheduled.Headers.Location!.OriginalString);
        var meeting = Assert.Single(await MeetingsAsync(pair.PairingId));
        // Daylight time in New York by mid-April: UTC-4.
        Assert.Equal(new DateTimeOffset(2026, 4, 15, 14, 30, 0, TimeSpan.Zero), meeting.StartsAt);
        Assert.Equal((MeetingStatus.Scheduled, new DateOnly(2026, 4, 15), 45, ContactMethods.Video, Link),
            (meeting.Status, meeting.HeldOn, meeting.DurationMinutes, meeting.Mode, meeting.Place));
        foreach (var client in new[] { mentee, mentor })
        {
            var page = await client.GetPageAsync(pair.Page);
            var item = Assert.Single(page.QuerySelectorAll($"#meeting-{meeting.Id}"));
            Assert.Contains("Wednesday 15 April 2026, 10:30 New York time", item.TextContent);
            Assert.Contains("45 min", item.TextContent);
            Assert.Equal(Link, item.QuerySelector("a[rel~=noopener]")!.GetAttribute("href"));
            Assert.NotNull(item.QuerySelector($"a[href='{pair.Page}/Meetings/{meeting.Id}/ics']"));
            // Before it starts it can only be cancelled; it counts for nothing yet.
            Assert.NotNull(item.QuerySelector("form[action$='/Cancel']"));
            Assert.Null(item.QuerySelector("form[action$='/Held']"));
            Assert.Contains("0 meetings held", page.QuerySelector("main")!.TextContent);
        }
        var audit = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == MeetingAudit.Scheduled, Ct));
        Assert.Equal($"pairing:{pair.PairingId}", audit.Subject);
        Assert.DoesNotContain("meet.example.org", audit.Details);

        foreach (var outsider in new[] { await OutsiderAsync(coordinator: false), await OutsiderAsync(coordinator: true) })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(pair.Page)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync($"{pair.Page}/Meetings/{meeting.Id}/ics")).StatusCode);
            var token = await outsider.TokenAsync();
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsync($"{pair.Page}/Meetings/Schedule", [new("__RequestVerificationToken", token), .. Meeting("2026-04-16", "10:00")])).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsync($"{pair.Page}/Meetings/{meeting.Id}/Cancel", [new("__RequestVerificationToken", token)])).StatusCode);
        }
        Assert.Equal(MeetingStatus.Scheduled, Assert.Single(await MeetingsAsync(pair.PairingId)).Status);
    }

    [Theory]
    [InlineData("2026-03-01", "10:00", "45", "Video", Link, "Schedule.Day")] // in the past
    [InlineData("2027-06-01", "10:00", "45", "Video", Link, "Schedule.Day")] // after the term ends
    [InlineData("2026-03-29", "10:00", "45", "Video", Link, "Schedule.Day")] // before the term starts
    [InlineData("", "10:00", "45", "Video", Link, "Schedule.Day")]
    [InlineData("someday", "10:00", "45", "Video", Link, "Schedule.Day")]
    [InlineData("2026-04-15", "", "45", "Video", Link, "Schedule.Time")]
    [InlineData("2026-04-15", "25:99", "45", "Video", Link, "Schedule.Time")]
    [InlineData("2027-03-14", "02:30", "45", "Video", Link, "Schedule.Time")] // New York skips 02:00-03:00 that night
    [InlineData("2026-04-15", "10:30", "4", "Video", Link, "Schedule.Minutes")]
    [InlineData("2026-04-15", "10:30", "", "Video", Link, "Schedule.Minutes")]
    [InlineData("2026-04-15", "10:30", "45", "", Link, "Schedule.Format")]
    [InlineData("2026-04-15", "10:30", "45", "Carrier pigeon", Link, "Schedule.Format")]
    [InlineData("2026-04-15", "10:30", "45", "Video", "javascript:alert(document.cookie)", "Schedule.Place")]
    [InlineData("2026-04-15", "10:30", "45", "Video", "ftp://files.example.org/agenda", "Schedule.Place")]
    [InlineData("2026-04-15", "10:30", "45", "Video", "oversized", "Schedule.Place")]
    public async Task AMeetingWithAWrongField_ComesBackWithTheMessageNextToIt_KeepsWhatWasTyped_AndWritesNothing(
        string day, string time, string minutes, string format, string place, string field)
    {
        var pair = await ConfirmedPair.CreateAsync(App, NewYork);
        var mentee = await LoginAsync(pair.MenteeEmail);
        var typedPlace = place == "oversized" ? new string('p', Web.Domain.Meeting.PlaceLength + 1) : place;

        var response = await ScheduleAsync(mentee, pair, Meeting(day, time, minutes, format, typedPlace));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        Assert.NotNull(AppClient.FieldError(page, field));
        Assert.Equal(typedPlace, page.QuerySelector<IHtmlInputElement>("input[name='Schedule.Place']")!.Value);
        Assert.Equal(day, page.QuerySelector<IHtmlInputElement>("input[name='Schedule.Day']")!.Value);
        Assert.Equal(minutes, page.QuerySelector<IHtmlInputElement>("input[name='Schedule.Minutes']")!.Value);
        Assert.Empty(await MeetingsAsync(pair.PairingId));
        Assert.Equal(0, await AuditCountAsync(MeetingAudit.Scheduled));
    }

    [Fact]
    public async Task AMeetingMarkedHeld_CountsForTheCadenceAndTheBoard_AMissedOneDoesNot()
    {
        var pair = await ConfirmedPair.CreateAsync(App, NewYork);
        var mentee = await LoginAsync(pair.MenteeEmail);
        Assert.Equal(HttpStatusCode.Redirect, (await ScheduleAsync(mentee, pair, Meeting("2026-04-01", "09:00", "60"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ScheduleAsync(mentee, pair, Meeting("2026-04-02", "09:00", "60", "InPerson", "Room 2"))).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ScheduleAsync(mentee, pair, Meeting("2026-05-20", "09:00", "60"))).StatusCode);
        var (first, second, later) = await MeetingsAsync(pair.PairingId) is [var a, var b, var c] ? (a, b, c) : throw new InvalidOperationException();

        // Both meetings have started: weeks later, both members sign in again.
        App.Clock.Advance(new DateTimeOffset(2026, 4, 3, 12, 0, 0, TimeSpan.Zero) - App.Clock.GetUtcNow());
        mentee = await LoginAsync(pair.MenteeEmail);
        var mentor = await LoginAsync(pair.MentorEmail);
        var held = await mentor.SubmitAsync(pair.Page, [new("Held.Minutes", "50")], $"#meeting-{first.Id} form[action$='/Held']");
        var missed = await mentee.SubmitAsync(pair.Page, [], $"#meeting-{second.Id} form[action$='/Missed']");

        Assert.Equal(HttpStatusCode.Redirect, held.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, missed.StatusCode);
        var after = await MeetingsAsync(pair.PairingId);
        Assert.Equal((MeetingStatus.Held, 50, 1), (after[0].Status, after[0].DurationMinutes, after[0].Sequence));
        Assert.Equal((MeetingStatus.Missed, 1), (after[1].Status, after[1].Sequence));
        var page = await mentee.GetPageAsync(pair.Page);
        var main = page.QuerySelector("main")!.TextContent;
        Assert.Contains("1 meeting held", main);
        var heldRow = Assert.Single(page.QuerySelectorAll("table tbody tr"));
        Assert.Contains("1 April 2026", heldRow.TextContent);
        Assert.Contains("50 min", heldRow.TextContent);
        Assert.Contains("did not happen", main);
        Assert.Single(page.QuerySelectorAll("#coming-up + ul > li"));

        // A second click on a page left open: the meeting is already held, nothing changes.
        var token = await mentee.TokenAsync(pair.Page);
        var replay = await mentee.PostAsync($"{pair.Page}/Meetings/{first.Id}/Held", [new("__RequestVerificationToken", token), new("Held.Minutes", "90")]);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Contains("already marked as held", (await AppClient.ParseAsync(replay)).QuerySelector("main")!.TextContent);
        Assert.Equal(50, (await MeetingsAsync(pair.PairingId))[0].DurationMinutes);

        var coordinatorEmail = Unique("coord");
        await App.CreateUserAsync(coordinatorEmail, coordinator: true);
        var board = await (await LoginAsync(coordinatorEmail)).GetPageAsync($"/Programs/{pair.Scene.ProgramId}/Cycles/{pair.Scene.CycleId}/Progress");
        var cells = Assert.Single(board.QuerySelectorAll("table tbody tr")).QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal("1", cells[3]);
        Assert.Equal("1 April 2026", cells[4]);
        Assert.Equal("20 May 2026", cells[7]);
        Assert.DoesNotContain("Room 2", board.Body!.TextContent);
        Assert.DoesNotContain("meet.example.org", board.Body!.TextContent);
        Assert.Equal(1, await AuditCountAsync(MeetingAudit.MarkedHeld));
        Assert.Equal(1, await AuditCountAsync(MeetingAudit.MarkedMissed));
        Assert.Equal(later.Id, (await MeetingsAsync(pair.PairingId)).Single(m => m.Status == MeetingStatus.Scheduled).Id);
    }

    [Fact]
    public async Task MarkingHeld_WithAWrongLength_ComesBackBesideThatMeeting_AndChangesNothing()
    {
        var pair = await ConfirmedPair.CreateAsync(App);
        var mentee = await LoginAsync(pair.MenteeEmail);
        Assert.Equal(HttpStatusCode.Redirect, (await ScheduleAsync(mentee, pair, Meeting("2026-04-01", "09:00", "60"))).StatusCode);
        var meeting = Assert.Single(await MeetingsAsync(pair.PairingId));
        App.Clock.Advance(TimeSpan.FromDays(31));
        mentee = await LoginAsync(pair.MenteeEmail);

        var response = await mentee.SubmitAsync(pair.Page, [new("Held.Minutes", "999")], $"#meeting-{meeting.Id} form[action$='/Held']");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        Assert.Equal(Pairing.MeetingLengthRule, AppClient.FieldError(page, "Held.Minutes"));
        Assert.Equal("999", page.QuerySelector<IHtmlInputElement>($"#Held_Minutes_{meeting.Id}")!.Value);
        var unchanged = Assert.Single(await MeetingsAsync(pair.PairingId));
        Assert.Equal((MeetingStatus.Scheduled, 60, 0), (unchanged.Status, unchanged.DurationMinutes, unchanged.Sequence));
    }

    [Fact]
    public async Task AMeetingCancelledBeforeItStarts_LeavesComingUp_AndCannotBeMarkedHeldAfterwards()
    {
        var pair = await ConfirmedPair.CreateAsync(App);
        var mentor = await LoginAsync(pair.MentorEmail);
        Assert.Equal(HttpStatusCode.Redirect, (await ScheduleAsync(mentor, pair, Meeting("2026-04-01", "09:00"))).StatusCode);
        var meeting = Assert.Single(await MeetingsAsync(pair.PairingId));

        var cancelled = await mentor.SubmitAsync(pair.Page, [], $"#meeting-{meeting.Id} form[action$='/Cancel']");

        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Equal(MeetingStatus.Cancelled, Assert.Single(await MeetingsAsync(pair.PairingId)).Status);
        var page = await mentor.GetPageAsync(pair.Page);
        Assert.Contains("No meeting scheduled.", page.QuerySelector("main")!.TextContent);
        Assert.Contains("cancelled", page.QuerySelector("main")!.TextContent);
        App.Clock.Advance(TimeSpan.FromDays(31));
        mentor = await LoginAsync(pair.MentorEmail);
        var late = await mentor.PostAsync($"{pair.Page}/Meetings/{meeting.Id}/Held", [new("__RequestVerificationToken", await mentor.TokenAsync(pair.Page)), new("Held.Minutes", "60")]);
        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Equal(MeetingStatus.Cancelled, Assert.Single(await MeetingsAsync(pair.PairingId)).Status);
        Assert.Equal(1, await AuditCountAsync(MeetingAudit.Cancelled));
    }

    [Fact]
    public async Task AnotherPairsMeetingId_UnderMyPairing_IsNotFound()
    {
        var pair = await ConfirmedPair.CreateAsync(App);
        var other = await ConfirmedPair.CreateAsync(App);
        var theirs = await LoginAsync(other.MenteeEmail);
        Assert.Equal(HttpStatusCode.Redirect, (await ScheduleAsync(theirs, other, Meeting("2026-04-01", "09:00"))).StatusCode);
        var meeting = Assert.Single(await MeetingsAsync(other.PairingId));
        var mine = await LoginAsync(pair.MenteeEmail);

        Assert.Equal(HttpStatusCode.NotFound, (await mine.GetAsync($"{pair.Page}/Meetings/{meeting.Id}/ics")).StatusCode);
        var cancel = await mine.PostAsync($"{pair.Page}/Meetings/{meeting.Id}/Cancel", [new("__RequestVerificationToken", await mine.TokenAsync(pair.Page))]);

        Assert.Equal(HttpStatusCode.NotFound, cancel.StatusCode);
        Assert.Equal(MeetingStatus.Scheduled, Assert.Single(await MeetingsAsync(other.PairingId)).Status);
    }
}

public sealed class MeetingScheduleTestsOnSqlite(SqliteApp fixture) : MeetingScheduleTests(fixture), IClassFixture<SqliteApp>;

public sealed class MeetingScheduleTestsOnPostgres(PostgresApp fixture) : MeetingScheduleTests(fixture), IClassFixture<PostgresApp>;
