using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>The topics a meeting touched (issue 14): either member ticks the program's topics when logging a meeting or
/// marking one held, the pair sees them on each meeting, and a topic from outside the program, ticked twice or not a
/// number comes back beside the field with nothing written.</summary>
public abstract class MeetingTopicsTests(AppFixture fixture) : AppTests(fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<List<Meeting>> MeetingsAsync(int pairingId) =>
        App.WithDbAsync(db => db.Meetings.AsNoTracking().Include(m => m.Topics).Where(m => m.PairingId == pairingId).OrderBy(m => m.Id).ToListAsync(Ct));

    private Task<Dictionary<string, int>> TopicsAsync() => App.WithDbAsync(db => db.Topics.ToDictionaryAsync(t => t.Name, t => t.Id, Ct));

    private static Task<HttpResponseMessage> LogAsync(AppClient client, ConfirmedPair pair, DateOnly day, params string[] topicIds) =>
        client.SubmitAsync(pair.Page,
            [new("Form.HeldOn", day.ToString("yyyy-MM-dd")), new("Form.Minutes", "40"), new("Form.Format", "Video"), new("Form.Note", "What we said"),
                .. topicIds.Select(id => new KeyValuePair<string, string>("Form.TopicIds", id))],
            "form[action$='/Meetings']");

    [Fact]
    public async Task TopicsTicked_WhenLoggingOrMarkingHeld_ShowOnEachMeeting_ForBothMembers()
    {
        var topics = await TopicsAsync();
        var pair = await ConfirmedPair.CreateAsync(App);
        var today = await pair.IntoTheTermAsync(App, 10);
        var mentee = await LoginAsync(pair.MenteeEmail);
        var mentor = await LoginAsync(pair.MentorEmail);

        Assert.Equal(HttpStatusCode.Redirect, (await LogAsync(mentee, pair, today.AddDays(-2), $"{topics["Career planning"]}", $"{topics["Job search"]}")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await mentor.SubmitAsync(pair.Page,
            [new("Schedule.Day", today.AddDays(1).ToString("yyyy-MM-dd")), new("Schedule.Time", "10:00"), new("Schedule.Minutes", "45"), new("Schedule.Format", "Video")],
            "form[action$='/Meetings/Schedule']")).StatusCode);
        var scheduled = (await MeetingsAsync(pair.PairingId))[1];
        App.Clock.Advance(TimeSpan.FromDays(2));
        mentor = await LoginAsync(pair.MentorEmail);
        var held = await mentor.SubmitAsync(pair.Page, [new("Held.Minutes", "50"), new("Held.TopicIds", $"{topics["Organizational culture"]}")],
            $"#meeting-{scheduled.Id} form[action$='/Held']");

        Assert.Equal(HttpStatusCode.Redirect, held.StatusCode);
        var meetings = await MeetingsAsync(pair.PairingId);
        Assert.Equal([topics["Career planning"], topics["Job search"]], meetings[0].Topics.Select(t => t.TopicId).Order());
        Assert.Equal([topics["Organizational culture"]], meetings[1].Topics.Select(t => t.TopicId));
        foreach (var member in new[] { mentor, await LoginAsync(pair.MenteeEmail) })
        {
            var rows = (await member.GetPageAsync(pair.Page)).QuerySelectorAll("table tbody tr").Select(r => r.TextContent).ToList();
            Assert.Contains(rows, r => r.Contains("Career planning, Job search", StringComparison.Ordinal));
            Assert.Contains(rows, r => r.Contains("Organizational culture", StringComparison.Ordinal));
        }
    }

    [Theory]
    [InlineData("outside", "Choose topics from your program's list.")]
    [InlineData("twice", "Tick each topic once.")]
    [InlineData("abc", null)]
    public async Task ATopicFromOutsideTheProgram_TwiceOrNotANumber_ComesBackBesideTheField_KeepingTheNote_AndWritesNothing(string tampered, string? message)
    {
        var career = (await TopicsAsync())["Career planning"];
        var pair = await ConfirmedPair.CreateAsync(App);
        // A topic made after the program: kept by the library, not offered by this program.
        var outsider = await App.WithDbAsync(async db =>
        {
            var topic = new Topic("Not offered here " + Guid.NewGuid().ToString("N")[..6]);
            db.Topics.Add(topic);
            await db.SaveChangesAsync(Ct);
            return topic.Id;
        });
        var today = await pair.IntoTheTermAsync(App, 10);
        var mentee = await LoginAsync(pair.MenteeEmail);
        string[] ids = tampered switch
        {
            "outside" => [$"{career}", $"{outsider}"],
            "twice" => [$"{career}", $"{career}"],
            _ => ["abc"],
        };

        var response = await LogAsync(mentee, pair, today.AddDays(-1), ids);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        var error = AppClient.FieldError(page, "Form.TopicIds");
        Assert.NotNull(error);
        if (message is not null)
        {
            Assert.Equal(message, error);
        }
        Assert.Equal("What we said", page.QuerySelector<IHtmlTextAreaElement>("textarea[name='Form.Note']")!.Value);
        Assert.Empty(await MeetingsAsync(pair.PairingId));
        Assert.Equal(0, await App.WithDbAsync(db => db.PrivateNotes.CountAsync(n => n.PairingId == pair.PairingId, Ct)));
    }

    [Fact]
    public async Task MarkingHeld_WithATopicFromOutsideTheProgram_ComesBackBesideTheField_AndTheMeetingStaysScheduled()
    {
        var pair = await ConfirmedPair.CreateAsync(App);
        var today = await pair.IntoTheTermAsync(App, 10);
        var mentee = await LoginAsync(pair.MenteeEmail);
        await mentee.SubmitAsync(pair.Page,
            [new("Schedule.Day", today.AddDays(1).ToString("yyyy-MM-dd")), new("Schedule.Time", "10:00"), new("Schedule.Minutes", "45"), new("Schedule.Format", "Video")],
            "form[action$='/Meetings/Schedule']");
        var meeting = Assert.Single(await MeetingsAsync(pair.PairingId));
        App.Clock.Advance(TimeSpan.FromDays(2));
        mentee = await LoginAsync(pair.MenteeEmail);

        var response = await mentee.SubmitAsync(pair.Page, [new("Held.Minutes", "50"), new("Held.TopicIds", "999999")], $"#meeting-{meeting.Id} form[action$='/Held']");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Choose topics from your program's list.", AppClient.FieldError(await AppClient.ParseAsync(response), "Held.TopicIds"));
        var after = Assert.Single(await MeetingsAsync(pair.PairingId));
        Assert.Equal((MeetingStatus.Scheduled, 0), (after.Status, after.Topics.Count));
    }
}

public sealed class MeetingTopicsTestsOnSqlite(SqliteApp fixture) : MeetingTopicsTests(fixture), IClassFixture<SqliteApp>;

public sealed class MeetingTopicsTestsOnPostgres(PostgresApp fixture) : MeetingTopicsTests(fixture), IClassFixture<PostgresApp>;
