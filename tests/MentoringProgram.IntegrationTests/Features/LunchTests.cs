using System.Net;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>The lunch allowance (issue 14, seed 002): either member records a lunch and both see what is left; never
/// more than the allowance; only in programs that have one; the coordinator exports totals per pairing for finance.</summary>
public abstract class LunchTests(AppFixture fixture) : AppTests(fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(ConfirmedPair Pair, AppClient Mentee, AppClient Mentor, DateOnly Today)> PairAsync(string template = "peer-connections")
    {
        var pair = await ConfirmedPair.CreateAsync(App);
        await App.WithDbAsync(async db =>
        {
            var program = await db.Programs.SingleAsync(p => p.Id == pair.Scene.ProgramId, Ct);
            program.Update(program.Name, ProgramTemplates.Find(template)!.Settings);
            return await db.SaveChangesAsync(Ct);
        });
        var today = await pair.IntoTheTermAsync(App, 10);
        return (pair, await LoginAsync(pair.MenteeEmail), await LoginAsync(pair.MentorEmail), today);
    }

    private static string Url(ConfirmedPair pair) => $"{pair.Page}/Lunches";

    private static List<KeyValuePair<string, string>> Lunch(DateOnly day, string amount, string note = "") =>
        [new("Form.SpentOn", day.ToString("yyyy-MM-dd")), new("Form.Amount", amount), new("Form.Note", note)];

    private Task<List<LunchExpense>> LunchesAsync(ConfirmedPair pair) =>
        App.WithDbAsync(db => db.LunchExpenses.AsNoTracking().Where(e => e.PairingId == pair.PairingId).ToListAsync(Ct));

    [Fact]
    public async Task EitherMemberRecordsALunch_BothSeeWhatIsLeft_AndTheCoordinatorExportsTheTotals()
    {
        var (pair, mentee, mentor, today) = await PairAsync();
        Assert.NotNull((await mentee.GetPageAsync(pair.Page)).QuerySelector($"a[href='{Url(pair)}']"));

        var recorded = await mentee.SubmitAsync(Url(pair), Lunch(today.AddDays(-1), "18.50", "Cafe receipt 112"));

        Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        var page = (await mentor.GetPageAsync(Url(pair))).QuerySelector("main")!.TextContent;
        Assert.Contains("6.50", page);
        Assert.Contains("Cafe receipt 112", page);
        var coordinatorEmail = Unique("coord");
        await App.CreateUserAsync(coordinatorEmail, coordinator: true);
        var coordinator = await LoginAsync(coordinatorEmail);
        var board = await coordinator.GetPageAsync($"/Programs/{pair.Scene.ProgramId}/Cycles/{pair.Scene.CycleId}/Progress");
        Assert.NotNull(board.QuerySelector("a[href$='/Lunches.csv']"));
        var csv = await coordinator.GetAsync($"/Programs/{pair.Scene.ProgramId}/Cycles/{pair.Scene.CycleId}/Lunches.csv");
        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync(Ct)).Trim('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Mentee,Mentor,Lunches,Total,Allowance,Last lunch", lines[0]);
        Assert.Equal($"Mina Mentee,Gale Good,1,18.50,25.00,{today.AddDays(-1):yyyy-MM-dd}", lines[1]);
        Assert.Equal(HttpStatusCode.Redirect, (await mentee.GetAsync($"/Programs/{pair.Scene.ProgramId}/Cycles/{pair.Scene.CycleId}/Lunches.csv")).StatusCode);
    }

    [Theory]
    [InlineData("30.00", 0, "Only 25.00 is left of your lunch allowance.")]
    [InlineData("0", 0, "Enter what the lunch cost, more than 0.")]
    [InlineData("12.345", 0, "Enter the cost in dollars and cents")]
    [InlineData("", 0, "Enter what the lunch cost.")]
    [InlineData("abc", 0, "is not a value this field takes")]
    [InlineData("10", 1, "the day cannot be in the future")]
    public async Task BadInput_GetsAMessageNextToTheField_KeepsWhatWasTyped_AndRecordsNothing(string amount, int daysAhead, string message)
    {
        var (pair, mentee, _, today) = await PairAsync();

        var response = await mentee.SubmitAsync(Url(pair), Lunch(today.AddDays(daysAhead), amount, "kept note"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        var field = daysAhead > 0 ? "Form_SpentOn" : "Form_Amount";
        Assert.Contains(message, page.QuerySelector($"#{field}-error")!.TextContent);
        Assert.Equal("kept note", page.QuerySelector("#Form_Note")!.GetAttribute("value"));
        Assert.Empty(await LunchesAsync(pair));
    }

    [Fact]
    public async Task WithoutAnAllowance_OrForSomeoneElse_ThereIsNothingToFind()
    {
        var (pair, mentee, _, today) = await PairAsync("staff-mentoring");
        Assert.Null((await mentee.GetPageAsync(pair.Page)).QuerySelector($"a[href='{Url(pair)}']"));
        Assert.Equal(HttpStatusCode.NotFound, (await mentee.GetAsync(Url(pair))).StatusCode);
        var coordinatorEmail = Unique("coord");
        await App.CreateUserAsync(coordinatorEmail, coordinator: true);
        var board = await (await LoginAsync(coordinatorEmail)).GetPageAsync($"/Programs/{pair.Scene.ProgramId}/Cycles/{pair.Scene.CycleId}/Progress");
        Assert.Null(board.QuerySelector("a[href$='/Lunches.csv']"));

        var (other, _, _, _) = await PairAsync();
        var strangerEmail = Unique("stranger");
        await App.CreateUserAsync(strangerEmail);
        var stranger = await LoginAsync(strangerEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(Url(other))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync(Url(other), [new("__RequestVerificationToken", await stranger.TokenAsync()), .. Lunch(today, "5")])).StatusCode);
        // A member of one pairing posting to another's is a stranger there too.
        var member = await LoginAsync(pair.MenteeEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await member.PostAsync(Url(other), [new("__RequestVerificationToken", await member.TokenAsync()), .. Lunch(today, "5")])).StatusCode);
        Assert.Empty(await LunchesAsync(other));
    }
}

public sealed class LunchTestsOnSqlite(SqliteApp fixture) : LunchTests(fixture), IClassFixture<SqliteApp>;

public sealed class LunchTestsOnPostgres(PostgresApp fixture) : LunchTests(fixture), IClassFixture<PostgresApp>;
