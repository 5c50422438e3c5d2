using System.Net;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>The pair's checklist (issue 14, seed 004): the program's items on the pairing page, ticked by either
/// member with who and when, once per item whatever the clicks; nobody else ticks; no checklist, no section.</summary>
public abstract class ChecklistTests(AppFixture fixture) : AppTests(fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(ConfirmedPair Pair, AppClient Mentee, AppClient Mentor)> PairAsync(string template)
    {
        var pair = await ConfirmedPair.CreateAsync(App);
        await App.WithDbAsync(async db =>
        {
            var program = await db.Programs.SingleAsync(p => p.Id == pair.Scene.ProgramId, Ct);
            program.Update(program.Name, ProgramTemplates.Find(template)!.Settings);
            return await db.SaveChangesAsync(Ct);
        });
        await pair.IntoTheTermAsync(App, 3);
        return (pair, await LoginAsync(pair.MenteeEmail), await LoginAsync(pair.MentorEmail));
    }

    private static string Tick(ConfirmedPair pair, int item) => $"{pair.Page}/Checklist/{item}/Tick";

    private Task<List<ChecklistTick>> TicksAsync(ConfirmedPair pair) =>
        App.WithDbAsync(db => db.ChecklistTicks.AsNoTracking().Where(t => t.PairingId == pair.PairingId).ToListAsync(Ct));

    [Fact]
    public async Task EitherMemberTicksAnItem_BothSeeWhoAndWhen_AndRepeatedClicksTickOnce()
    {
        var (pair, mentee, mentor) = await PairAsync("new-employee");
        var page = await mentee.GetPageAsync(pair.Page);
        var items = page.QuerySelectorAll(".checklist li");
        Assert.Equal(6, items.Length);
        Assert.Contains("How to use the equipment", items[2].TextContent);
        Assert.Contains("0 of 6 done", page.QuerySelector("#checklist")!.ParentElement!.TextContent);

        var ticked = await mentee.SubmitAsync(pair.Page, [], $"form[action='{Tick(pair, 3)}']");
        Assert.Equal(HttpStatusCode.Redirect, ticked.StatusCode);
        var token = await mentee.TokenAsync(pair.Page);
        await mentee.PostAsync(Tick(pair, 3), [new("__RequestVerificationToken", token)]);
        await mentor.PostAsync(Tick(pair, 3), [new("__RequestVerificationToken", await mentor.TokenAsync(pair.Page))]);

        var tick = Assert.Single(await TicksAsync(pair));
        Assert.Equal("How to use the equipment", tick.Item);
        var asMentor = (await mentor.GetPageAsync(pair.Page)).QuerySelector("#checklist")!.ParentElement!.TextContent;
        Assert.Contains("1 of 6 done", asMentor);
        Assert.Contains("ticked by Mina Mentee", asMentor);

        await mentor.SubmitAsync(pair.Page, [], $"form[action='{pair.Page}/Checklist/3/Untick']");
        Assert.Empty(await TicksAsync(pair));
    }

    [Fact]
    public async Task TheCoordinatorsPairingPage_ShowsTheChecklistCount_AndWhetherTheAgreementIsConfirmed()
    {
        var (pair, mentee, _) = await PairAsync("new-employee");
        await mentee.SubmitAsync(pair.Page, [], $"form[action='{Tick(pair, 3)}']");
        var coordinatorEmail = Unique("coord");
        await App.CreateUserAsync(coordinatorEmail, coordinator: true);
        var coordinator = await LoginAsync(coordinatorEmail);

        var page = await coordinator.GetPageAsync($"/Programs/{pair.Scene.ProgramId}/Cycles/{pair.Scene.CycleId}/Pairings/{pair.PairingId}");
        string Fact(string name) => page.QuerySelectorAll("main dl.facts dt").Single(dt => dt.TextContent == name).NextElementSibling!.TextContent;
        Assert.Equal("1 of 6 done", Fact("Checklist"));
        Assert.Equal("Not yet confirmed by both", Fact("Agreement"));
        Assert.DoesNotContain("How to use the equipment", page.QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task AnItemNotOnTheList_IsRefused_OutsidersFindNothing_AndAProgramWithoutAChecklistShowsNone()
    {
        var (pair, mentee, _) = await PairAsync("new-employee");
        var refused = await mentee.PostAsync(Tick(pair, 99), [new("__RequestVerificationToken", await mentee.TokenAsync(pair.Page))]);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("not on your program's checklist", (await mentee.GetPageAsync(pair.Page)).QuerySelector("main")!.TextContent);
        var strangerEmail = Unique("stranger");
        await App.CreateUserAsync(strangerEmail);
        var stranger = await LoginAsync(strangerEmail);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.PostAsync(Tick(pair, 1), [new("__RequestVerificationToken", await stranger.TokenAsync())])).StatusCode);
        Assert.Empty(await TicksAsync(pair));

        var (plain, plainMentee, _) = await PairAsync("staff-mentoring");
        Assert.Null((await plainMentee.GetPageAsync(plain.Page)).QuerySelector("#checklist"));
    }
}

public sealed class ChecklistTestsOnSqlite(SqliteApp fixture) : ChecklistTests(fixture), IClassFixture<SqliteApp>;

public sealed class ChecklistTestsOnPostgres(PostgresApp fixture) : ChecklistTests(fixture), IClassFixture<PostgresApp>;
