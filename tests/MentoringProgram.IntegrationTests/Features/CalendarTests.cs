using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Ical.Net;
using Ical.Net.CalendarComponents;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Pairings;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using IcsCalendar = Ical.Net.Calendar;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>Meetings in calendar apps (issue 14): each scheduled meeting downloads as an .ics for the pair only, and
/// each member has a private feed address that works with no sign-in, until they reset it. Both parse in Ical.Net, hold
/// the UTC instant of a New York wall-clock time on either side of a clock change, link to the pairing page at the
/// configured public address whatever Host the request named, and carry no private note.</summary>
public abstract class CalendarTests(AppFixture fixture) : AppTests(fixture)
{
    private const string NewYork = "America/New_York";
    private const string ForeignHost = "evil.example";
    private const string Canary = "Canary 41b9: private words about the reorganisation";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<HttpResponseMessage> ScheduleAsync(AppClient client, ConfirmedPair pair, string day, string time, string place = "Room 2, Main Library") =>
        client.SubmitAsync(pair.Page,
            [new("Schedule.Day", day), new("Schedule.Time", time), new("Schedule.Minutes", "45"), new("Schedule.Format", "InPerson"), new("Schedule.Place", place)],
            "form[action$='/Meetings/Schedule']");

    private Task<List<Meeting>> MeetingsAsync(int pairingId) =>
        App.WithDbAsync(db => db.Meetings.AsNoTracking().Where(m => m.PairingId == pairingId).OrderBy(m => m.StartsAt).ToListAsync(Ct));

    private static async Task<string> FeedUrlAsync(AppClient client, ConfirmedPair pair) =>
        (await client.GetPageAsync(pair.Page)).QuerySelector<IHtmlInputElement>("#feed-url")!.Value;

    /// <summary>A calendar app fetching the feed: no cookie, and here a Host header of someone else's choosing.</summary>
    private async Task<HttpResponseMessage> FetchFeedAsync(string feedUrl)
    {
        var app = NewClient();
        app.Http.DefaultRequestHeaders.Host = ForeignHost;
        return await app.GetAsync(new Uri(feedUrl).PathAndQuery);
    }

    private static async Task<IcsCalendar> ParseAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/calendar", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType.CharSet);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain(Canary, text);
        Assert.DoesNotContain(ForeignHost, text);
        return IcsCalendar.Load(text) ?? throw new InvalidOperationException("No calendar in the response.");
    }

    private async Task<(ConfirmedPair Pair, AppClient Mentee, AppClient Mentor)> PairWithMeetingsAsync()
    {
        var pair = await ConfirmedPair.CreateAsync(App, NewYork);
        var mentee = await LoginAsync(pair.MenteeEmail);
        // Either side of New York's autumn change: 10:30 is 14:30 UTC in October and 15:30 UTC in November.
        Assert.Equal(HttpStatusCode.Redirect, (await ScheduleAsync(mentee, pair, "2026-10-28", "10:30")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await ScheduleAsync(mentee, pair, "2026-11-04", "10:30", "https://meet.example.org/mina-gale")).StatusCode);
        return (pair, mentee, await LoginAsync(pair.MentorEmail));
    }

    [Fact]
    public async Task AScheduledMeeting_DownloadsAsAnIcs_WithItsUtcInstant_AStableUid_AndALinkAtThePublicAddress()
    {
        var (pair, mentee, mentor) = await PairWithMeetingsAsync();
        var (october, november) = await MeetingsAsync(pair.PairingId) is [var a, var b] ? (a, b) : throw new InvalidOperationException();
        mentee.Http.DefaultRequestHeaders.Host = ForeignHost;

        var response = await mentee.GetAsync($"{pair.Page}/Meetings/{october.Id}/ics");
        var again = await mentor.GetAsync($"{pair.Page}/Meetings/{october.Id}/ics");

        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.EndsWith(".ics", response.Content.Headers.ContentDisposition.FileName!.Trim('"'));
        var calendar = await ParseAsync(response);
        var meeting = Assert.Single(calendar.Events);
        Assert.Equal($"meeting-{october.Id}@localhost", meeting.Uid);
        Assert.Equal(new DateTime(2026, 10, 28, 14, 30, 0, DateTimeKind.Utc), meeting.Start!.AsUtc);
        Assert.Equal(new DateTime(2026, 10, 28, 15, 15, 0, DateTimeKind.Utc), meeting.End!.AsUtc);
        Assert.Equal("Mentoring: Mina Mentee and Gale Good", meeting.Summary);
        Assert.Equal("Room 2, Main Library", meeting.Location);
        Assert.Equal(new Uri($"https://localhost{pair.Page}"), meeting.Url);
        Assert.Contains($"https://localhost{pair.Page}", meeting.Description);
        Assert.Equal(0, meeting.Sequence);
        Assert.Equal(EventStatus.Confirmed, meeting.Status);
        Assert.Equal(meeting.Uid, Assert.Single((await ParseAsync(again)).Events).Uid);
        var winter = Assert.Single((await ParseAsync(await mentor.GetAsync($"{pair.Page}/Meetings/{november.Id}/ics"))).Events);
        Assert.Equal(new DateTime(2026, 11, 4, 15, 30, 0, DateTimeKind.Utc), winter.Start!.AsUtc);

        // Cancelled: the same UID, a higher SEQUENCE and STATUS:CANCELLED, so an imported copy is updated, not doubled.
        Assert.Equal(HttpStatusCode.Redirect, (await mentor.SubmitAsync(pair.Page, [], $"#meeting-{october.Id} form[action$='/Cancel']")).StatusCode);
        var cancelled = Assert.Single((await ParseAsync(await mentor.GetAsync($"{pair.Page}/Meetings/{october.Id}/ics"))).Events);
        Assert.Equal((meeting.Uid, 1, EventStatus.Cancelled), (cancelled.Uid, cancelled.Sequence, cancelled.Status));
    }

    [Fact]
    public async Task AMeetingLoggedAfterTheFact_HasNoIcs()
    {
        var pair = await ConfirmedPair.CreateAsync(App);
        App.Clock.Advance(TimeSpan.FromDays(30));
        var mentee = await LoginAsync(pair.MenteeEmail);
        var logged = await mentee.SubmitAsync(pair.Page,
            [new("Form.HeldOn", App.Today().ToString("yyyy-MM-dd")), new("Form.Minutes", "30"), new("Form.Format", "Phone"), new("Form.Note", "")], "form[action$='/Meetings']");
        Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);
        var meeting = Assert.Single(await MeetingsAsync(pair.PairingId));

        Assert.Equal(HttpStatusCode.NotFound, (await mentee.GetAsync($"{pair.Page}/Meetings/{meeting.Id}/ics")).StatusCode);
    }

    [Fact]
    public async Task EachMember_SubscribesToTheirPrivateFeed_WithNoSignIn_AtThePublicAddress_AndWithoutPrivateNotes()
    {
        var (pair, mentee, mentor) = await PairWithMeetingsAsync();
        App.Clock.Advance(TimeSpan.FromDays(31));
        mentee = await LoginAsync(pair.MenteeEmail);
        mentor = await LoginAsync(pair.MentorEmail);
        var logged = await mentee.SubmitAsync(pair.Page,
            [new("Form.HeldOn", App.Today().ToString("yyyy-MM-dd")), new("Form.Minutes", "30"), new("Form.Format", "Phone"), new("Form.Note", Canary)], "form[action$='/Meetings']");
        Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);
        mentee.Http.DefaultRequestHeaders.Host = ForeignHost;

        var menteeFeed = await FeedUrlAsync(mentee, pair);
        var mentorFeed = await FeedUrlAsync(mentor, pair);

        Assert.StartsWith("https://localhost/Calendar/", menteeFeed);
        Assert.EndsWith(".ics", menteeFeed);
        Assert.NotEqual(menteeFeed, mentorFeed);
        foreach (var feed in new[] { menteeFeed, mentorFeed })
        {
            var response = await FetchFeedAsync(feed);
            Assert.Contains("no-store", response.Headers.CacheControl!.ToString());
            var calendar = await ParseAsync(response);
            Assert.Equal(3, calendar.Events.Count);
            var timed = calendar.Events.Where(e => e.Start!.HasTime).OrderBy(e => e.Start!.AsUtc).ToList();
            Assert.Equal(
                [new DateTime(2026, 10, 28, 14, 30, 0, DateTimeKind.Utc), new DateTime(2026, 11, 4, 15, 30, 0, DateTimeKind.Utc)],
                timed.Select(e => e.Start!.AsUtc));
            Assert.All(calendar.Events, e => Assert.Equal(new Uri($"https://localhost{pair.Page}"), e.Url));
            // The meeting logged after the fact has a day but no hour.
            Assert.Equal(DateOnly.FromDateTime(App.Today().ToDateTime(TimeOnly.MinValue)), calendar.Events.Single(e => !e.Start!.HasTime).Start!.Date);
        }
    }

    [Fact]
    public async Task AFeedReset_StopsTheOldAddressAtOnce_AndATamperedOrForeignTokenIsNotFound()
    {
        var (pair, mentee, mentor) = await PairWithMeetingsAsync();
        var old = await FeedUrlAsync(mentee, pair);
        var mentorFeed = await FeedUrlAsync(mentor, pair);
        var token = new Uri(old).AbsolutePath["/Calendar/".Length..^".ics".Length];
        var tampered = token[..10] + (token[10] == 'A' ? 'B' : 'A') + token[11..];
        // A token for the same staff member made with another purpose (another installation's keys would do the same).
        var staffId = await App.WithDbAsync(db => db.StaffMembers.Where(s => s.WorkEmail == pair.MenteeEmail).Select(s => s.Id).SingleAsync(Ct));
        var foreign = App.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("Someone.Else").Protect($"{staffId}:0");

        var reset = await mentee.SubmitAsync(pair.Page, [], "form[action$='/Calendar/Reset']");

        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);
        Assert.Equal($"{pair.Page}#calendar", reset.Headers.Location!.OriginalString);
        var fresh = await FeedUrlAsync(mentee, pair);
        Assert.NotEqual(old, fresh);
        Assert.Equal(HttpStatusCode.OK, (await FetchFeedAsync(fresh)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await FetchFeedAsync(mentorFeed)).StatusCode);
        foreach (var dead in new[] { old, $"https://localhost/Calendar/{tampered}.ics", $"https://localhost/Calendar/{foreign}.ics", "https://localhost/Calendar/not-a-token.ics" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await FetchFeedAsync(dead)).StatusCode);
        }
        var audit = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking().SingleAsync(a => a.Action == MeetingAudit.FeedReset, Ct));
        Assert.Equal($"staff:{staffId}", audit.Subject);
        Assert.DoesNotContain(token, audit.Details ?? "");
    }

    [Fact]
    public async Task AStrangerOrTheCoordinator_CannotResetSomeoneElsesFeedThroughTheirPairing()
    {
        var (pair, mentee, _) = await PairWithMeetingsAsync();
        var before = await FeedUrlAsync(mentee, pair);
        var coordinatorEmail = Unique("coord");
        await App.CreateUserAsync(coordinatorEmail, coordinator: true);
        var coordinator = await LoginAsync(coordinatorEmail);

        var response = await coordinator.PostAsync($"{pair.Page}/Calendar/Reset", [new("__RequestVerificationToken", await coordinator.TokenAsync())]);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        // Each page view mints an equivalent token (Data Protection is randomised): what matters is that the old one works.
        Assert.Equal(HttpStatusCode.OK, (await FetchFeedAsync(before)).StatusCode);
        Assert.Equal(0, await App.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == MeetingAudit.FeedReset, Ct)));
    }
}

public sealed class CalendarTestsOnSqlite(SqliteApp fixture) : CalendarTests(fixture), IClassFixture<SqliteApp>;

public sealed class CalendarTestsOnPostgres(PostgresApp fixture) : CalendarTests(fixture), IClassFixture<PostgresApp>;
