using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Matching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>Pairing life, first slice (issue 14): each member of a confirmed pair has a page with the other's contact
/// details, why they were paired, the program's expectations and their cadence; either logs a meeting with an optional
/// private note, in one save; nobody else reaches the page, the coordinator included; and the coordinator's progress
/// board shows dates and counts, never a note.</summary>
public abstract class PairingPageTests(AppFixture fixture) : AppTests(fixture)
{
    private const string Canary = "Canary 7f3a: we talked about the reorganisation";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Pair(MatchingScene Scene, int PairingId, AppClient Mentee, AppClient Mentor)
    {
        public string Page => $"/My/Pairings/{PairingId}";
    }

    /// <summary>Mina Mentee and Gale Good, proposed and confirmed by the coordinator's handlers; both can sign in.</summary>
    private async Task<Pair> PairAsync(bool confirm = true)
    {
        var pair = await ConfirmedPair.CreateAsync(App, confirm: confirm);
        return new Pair(pair.Scene, pair.PairingId, await LoginAsync(pair.MenteeEmail), await LoginAsync(pair.MentorEmail));
    }

    private Task<Pairing> PairingAsync(int id) => App.WithDbAsync(db => db.Pairings.AsNoTracking().SingleAsync(p => p.Id == id, Ct));

    /// <summary>Moves the clock into the term, <paramref name="days"/> days after it starts, and signs both in again
    /// (weeks later, yesterday's sign-in has timed out).</summary>
    private async Task<(Pair Pair, DateOnly Today)> IntoTheTermAsync(Pair pair, int days)
    {
        var starts = (await PairingAsync(pair.PairingId)).StartsOn;
        App.Clock.Advance(TimeSpan.FromDays(starts.DayNumber - App.Today().DayNumber + days));
        return (pair with { Mentee = await LoginAsync(pair.Scene.MenteeEmail), Mentor = await LoginAsync(pair.Scene.Mentors["Gale Good"].Email) }, App.Today());
    }

    private static List<KeyValuePair<string, string>> Meeting(DateOnly heldOn, string minutes = "60", string format = "Video", string note = "") =>
    [
        new("Form.HeldOn", heldOn.ToString("yyyy-MM-dd")), new("Form.Minutes", minutes), new("Form.Format", format), new("Form.Note", note),
    ];

    private static Task<HttpResponseMessage> LogAsync(AppClient client, Pair pair, List<KeyValuePair<string, string>> fields) =>
        client.SubmitAsync(pair.Page, fields, "form[action$='/Meetings']");

    private Task<(int Meetings, int Notes)> RowsAsync(int pairingId) => App.WithDbAsync(async db => (
        await db.Meetings.CountAsync(m => m.PairingId == pairingId, Ct), await db.PrivateNotes.CountAsync(n => n.PairingId == pairingId, Ct)));

    [Fact]
    public async Task EachMemberSeesThePairingPage_WithTheOthersDetails_Reasons_Term_AndCadence_LinkedFromMyMentoring()
    {
        var pair = await PairAsync();
        var pairing = await PairingAsync(pair.PairingId);

        var asMentee = await pair.Mentee.GetPageAsync(pair.Page);
        var asMentor = await pair.Mentor.GetPageAsync(pair.Page);

        var mentee = asMentee.QuerySelector("main")!.TextContent;
        Assert.Equal("Your pairing with Gale Good", asMentee.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains("Librarian", mentee);
        Assert.Contains("Metadata and Cataloging", mentee);
        Assert.Contains(pair.Scene.Mentors["Gale Good"].Email, mentee);
        Assert.Contains("Likes to be contacted by", mentee);
        Assert.Contains("Shares 2 of 3 topics", mentee);
        Assert.Contains($"{pairing.StartsOn:d MMMM yyyy} to {pairing.EndsOn:d MMMM yyyy}", mentee);
        // The term has not begun: nothing is due yet, and no meeting can be logged before it does.
        Assert.Contains("Not started", mentee);
        Assert.Null(asMentee.QuerySelector("form[action$='/Meetings']"));
        Assert.Equal("Your pairing with Mina Mentee", asMentor.QuerySelector("h1")!.TextContent.Trim());
        Assert.Contains(pair.Scene.MenteeEmail, asMentor.QuerySelector("main")!.TextContent);

        foreach (var client in new[] { pair.Mentee, pair.Mentor })
        {
            var my = await client.GetPageAsync("/My");
            var link = Assert.Single(my.QuerySelectorAll($"a[href='{pair.Page}']"));
            Assert.StartsWith("Open our pairing page", link.TextContent.Trim());
        }
    }

    [Fact]
    public async Task AProposal_IsNotThePairsYet_AndNobodyElseReachesThePage_TheCoordinatorIncluded()
    {
        var pair = await PairAsync(confirm: false);
        Assert.Equal(HttpStatusCode.NotFound, (await pair.Mentee.GetAsync(pair.Page)).StatusCode);
        Assert.Empty((await pair.Mentee.GetPageAsync("/My")).QuerySelectorAll($"a[href='{pair.Page}']"));
        await using (var scope = App.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<ConfirmMatch.Handler>().HandleAsync(pair.Scene.ProgramId, pair.PairingId, new ConfirmMatch.Command(), null, Ct);
        }
        (pair, _) = await IntoTheTermAsync(pair, 3);
        var strangerEmail = Unique("stranger");
        await App.CreateUserAsync(strangerEmail);
        var coordinatorEmail = Unique("coord");
        await App.CreateUserAsync(coordinatorEmail, coordinator: true);
        var stranger = await LoginAsync(strangerEmail);
        var coordinator = await LoginAsync(coordinatorEmail);

        foreach (var outsider in new[] { stranger, coordinator })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(pair.Page)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync("/My/Pairings/987654")).StatusCode);
            var posted = await outsider.PostAsync($"{pair.Page}/Meetings", [new("__RequestVerificationToken", await outsider.TokenAsync()), .. Meeting(App.Today())]);
            Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        }
        Assert.Equal((0, 0), await RowsAsync(pair.PairingId));
    }

    [Fact]
    public async Task EitherMemberLogsAMeeting_WithAPrivateNote_InOneSave_AndBothSeeIt()
    {
        var (pair, today) = await IntoTheTermAsync(await PairAsync(), 10);

        var logged = await LogAsync(pair.Mentee, pair, Meeting(today.AddDays(-2), "45", "InPerson", $"  {Canary}  "));

        Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);
        Assert.Equal(pair.Page, logged.Headers.Location!.OriginalString);
        var (meeting, note) = await App.WithDbAsync(async db => (
            await db.Meetings.AsNoTracking().SingleAsync(m => m.PairingId == pair.PairingId, Ct),
            await db.PrivateNotes.AsNoTracking().SingleAsync(n => n.PairingId == pair.PairingId, Ct)));
        Assert.Equal((today.AddDays(-2), 45, ContactMethods.InPerson), (meeting.HeldOn, meeting.DurationMinutes, meeting.Mode));
        Assert.Equal(meeting.Id, note.MeetingId);
        Assert.Equal(Canary, note.Text);

        // The mentor logs one without a note: a meeting, no empty note.
        Assert.Equal(HttpStatusCode.Redirect, (await LogAsync(pair.Mentor, pair, Meeting(today, "30", "Phone"))).StatusCode);
        Assert.Equal((2, 1), await RowsAsync(pair.PairingId));

        foreach (var client in new[] { pair.Mentee, pair.Mentor })
        {
            var page = await client.GetPageAsync(pair.Page);
            var rows = page.QuerySelectorAll("table tbody tr").Select(r => r.TextContent).ToList();
            Assert.Equal(2, rows.Count);
            Assert.Contains($"{today:d MMMM yyyy}", rows[0]);
            Assert.Contains("30 min", rows[0]);
            Assert.Contains("Phone", rows[0]);
            Assert.Contains("45 min", rows[1]);
            Assert.Contains("In person", rows[1]);
            Assert.Contains(Canary, page.QuerySelector("main")!.TextContent);
            Assert.Contains("On track", page.QuerySelector("main")!.TextContent);
        }
    }

    [Fact]
    public async Task TheMeetingDay_IsCheckedAgainstTheProgramsToday_NotTheServers()
    {
        var pair = await PairAsync();
        await App.WithDbAsync(async db =>
        {
            var program = await db.Programs.SingleAsync(p => p.Id == pair.Scene.ProgramId, Ct);
            program.SetTimeZone("Pacific/Kiritimati");
            return await db.SaveChangesAsync(Ct);
        });
        var (inTerm, utcToday) = await IntoTheTermAsync(pair, 5);

        // 14:30 UTC is 04:30 the next day at UTC+14: a meeting this morning there is not in the future.
        var logged = await LogAsync(inTerm.Mentee, inTerm, Meeting(utcToday.AddDays(1)));
        var tooEarly = await LogAsync(inTerm.Mentee, inTerm, Meeting(utcToday.AddDays(2)));

        Assert.Equal(HttpStatusCode.Redirect, logged.StatusCode);
        Assert.Equal(HttpStatusCode.OK, tooEarly.StatusCode);
        Assert.NotNull(AppClient.FieldError(await AppClient.ParseAsync(tooEarly), "Form.HeldOn"));
        Assert.Equal((1, 0), await RowsAsync(pair.PairingId));
    }

    [Theory]
    [InlineData("future", "60", "Video", 0)]
    [InlineData("before", "60", "Video", 0)]
    [InlineData("", "60", "Video", 0)]
    [InlineData("garbage", "60", "Video", 0)]
    [InlineData("ok", "4", "Video", 0)]
    [InlineData("ok", "481", "Video", 0)]
    [InlineData("ok", "ninety", "Video", 0)]
    [InlineData("ok", "60", "", 0)]
    [InlineData("ok", "60", "Carrier pigeon", 0)]
    [InlineData("ok", "60", "Video", PrivateNote.MeetingNoteLength + 1)]
    public async Task AMeetingWithAWrongField_ComesBackWithTheMessageNextToIt_KeepsWhatWasTyped_AndWritesNothing(string day, string minutes, string format, int noteLength)
    {
        var (pair, today) = await IntoTheTermAsync(await PairAsync(), 5);
        var starts = (await PairingAsync(pair.PairingId)).StartsOn;
        var heldOn = day switch
        {
            "future" => today.AddDays(1).ToString("yyyy-MM-dd"),
            "before" => starts.AddDays(-1).ToString("yyyy-MM-dd"),
            "ok" => today.ToString("yyyy-MM-dd"),
            "garbage" => "yesterday-ish",
            _ => "",
        };
        var note = noteLength > 0 ? new string('n', noteLength) : "Typed and kept";
        var field = day != "ok" ? "Form.HeldOn" : minutes != "60" ? "Form.Minutes" : format != "Video" ? "Form.Format" : "Form.Note";

        var response = await LogAsync(pair.Mentee, pair,
            [new("Form.HeldOn", heldOn), new("Form.Minutes", minutes), new("Form.Format", format), new("Form.Note", note)]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        Assert.NotNull(AppClient.FieldError(page, field));
        Assert.Equal(note, page.QuerySelector("textarea[name='Form.Note']")!.TextContent);
        Assert.Equal(minutes, page.QuerySelector<IHtmlInputElement>("input[name='Form.Minutes']")!.Value);
        Assert.Equal((0, 0), await RowsAsync(pair.PairingId));
    }

    [Fact]
    public async Task AnEndedPairing_KeepsItsPage_ButTakesNoNewMeeting()
    {
        var (pair, today) = await IntoTheTermAsync(await PairAsync(), 5);
        await App.WithDbAsync(async db =>
        {
            var pairing = await db.Pairings.SingleAsync(p => p.Id == pair.PairingId, Ct);
            pairing.Dissolve("Mentor moved to another branch", today, await db.MentorVolunteers.SingleAsync(v => v.Id == pairing.MentorVolunteerId, Ct), [], App.Clock.GetUtcNow());
            return await db.SaveChangesAsync(Ct);
        });

        var page = await pair.Mentee.GetPageAsync(pair.Page);
        Assert.Contains("Ended early", page.QuerySelector("main")!.TextContent);
        Assert.Null(page.QuerySelector("form[action$='/Meetings']"));
        var posted = await pair.Mentee.PostAsync($"{pair.Page}/Meetings", [new("__RequestVerificationToken", await pair.Mentee.TokenAsync()), .. Meeting(today, note: Canary)]);

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("Meetings are logged while the pairing is active.", (await AppClient.ParseAsync(posted)).QuerySelector("main")!.TextContent);
        Assert.Equal((0, 0), await RowsAsync(pair.PairingId));
        Assert.Single((await pair.Mentee.GetPageAsync("/My")).QuerySelectorAll($"a[href='{pair.Page}']"));
    }

    [Fact]
    public async Task TheCoordinatorsProgressBoard_ShowsDatesCountsAndStatus_AndNeverANote()
    {
        var (pair, today) = await IntoTheTermAsync(await PairAsync(), 10);
        Assert.Equal(HttpStatusCode.Redirect, (await LogAsync(pair.Mentee, pair, Meeting(today.AddDays(-3), note: Canary))).StatusCode);
        var coordinatorEmail = Unique("coord");
        await App.CreateUserAsync(coordinatorEmail, coordinator: true);
        var coordinator = await LoginAsync(coordinatorEmail);
        var boardUrl = $"/Programs/{pair.Scene.ProgramId}/Cycles/{pair.Scene.CycleId}/Progress";
        var starts = (await PairingAsync(pair.PairingId)).StartsOn;

        var details = await coordinator.GetPageAsync($"/Programs/{pair.Scene.ProgramId}");
        Assert.Single(details.QuerySelectorAll($"a[href='{boardUrl}']"));
        var board = await coordinator.GetPageAsync(boardUrl);

        var row = Assert.Single(board.QuerySelectorAll("table tbody tr"));
        var cells = row.QuerySelectorAll("td").Select(c => c.TextContent.Trim()).ToList();
        Assert.Equal("Mina Mentee", cells[0]);
        Assert.Equal("Gale Good", cells[1]);
        Assert.Equal(starts.ToString("d MMMM yyyy"), cells[2]);
        Assert.Equal("1", cells[3]);
        Assert.Equal(today.AddDays(-3).ToString("d MMMM yyyy"), cells[4]);
        Assert.Equal("On track", cells[5]);
        // Twice in the first month: two meetings in all by the day before the month is up.
        Assert.Equal($"{starts.AddMonths(1).AddDays(-1):d MMMM yyyy} (2 in all)", cells[6]);

        // Past the first month with one meeting of two: behind.
        App.Clock.Advance(TimeSpan.FromDays(30));
        coordinator = await LoginAsync(coordinatorEmail);
        var later = await coordinator.GetPageAsync(boardUrl);
        Assert.Equal("Behind", later.QuerySelectorAll("table tbody tr td")[5].TextContent.Trim());

        foreach (var url in new[] { boardUrl, $"/Programs/{pair.Scene.ProgramId}/Matches/{pair.PairingId}" })
        {
            var response = await coordinator.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain("Canary 7f3a", await response.Content.ReadAsStringAsync(Ct));
        }
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync(pair.Page)).StatusCode);
    }

    [Fact]
    public async Task TheProgressBoard_ListsOnlyActivePairings_AndIsNotFoundForAnotherProgramsCycle()
    {
        var pair = await PairAsync();
        var otherProgram = await App.CreateProgramAsync();
        var coordinatorEmail = Unique("coord");
        await App.CreateUserAsync(coordinatorEmail, coordinator: true);
        var coordinator = await LoginAsync(coordinatorEmail);

        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/Programs/{otherProgram}/Cycles/{pair.Scene.CycleId}/Progress")).StatusCode);
        await App.WithDbAsync(async db =>
        {
            var pairing = await db.Pairings.SingleAsync(p => p.Id == pair.PairingId, Ct);
            pairing.Complete(pairing.EndsOn, [], App.Clock.GetUtcNow());
            return await db.SaveChangesAsync(Ct);
        });
        var board = await coordinator.GetPageAsync($"/Programs/{pair.Scene.ProgramId}/Cycles/{pair.Scene.CycleId}/Progress");
        Assert.Empty(board.QuerySelectorAll("table tbody tr"));
        Assert.Contains("No active pairing", board.QuerySelector("main")!.TextContent);
    }
}

public sealed class PairingPageTestsOnSqlite(SqliteApp fixture) : PairingPageTests(fixture), IClassFixture<SqliteApp>;

public sealed class PairingPageTestsOnPostgres(PostgresApp fixture) : PairingPageTests(fixture), IClassFixture<PostgresApp>;
