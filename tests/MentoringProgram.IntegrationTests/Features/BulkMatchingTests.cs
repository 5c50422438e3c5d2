using System.Net;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Web.Data;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Matching;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>"Suggest matches for everyone unmatched" (issue 13): the exact optimum saved as a draft, reviewed with a
/// fairness report, and accepted in whole or in part, with every accepted pair introduced.</summary>
public abstract class BulkMatchingTests(AppFixture fixture) : AppTests(fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<AppClient> CoordinatorAsync()
    {
        var email = Unique("coord");
        await App.CreateUserAsync(email, coordinator: true);
        return await LoginAsync(email);
    }

    private static string BoardOf(MatchingScene scene) => $"/Programs/{scene.ProgramId}/Cycles/{scene.CycleId}/Matching";

    private static async Task<HttpResponseMessage> SuggestAllAsync(AppClient coordinator, MatchingScene scene, bool spread = false) =>
        await coordinator.SubmitAsync(BoardOf(scene), spread ? [new("spreadTheLoad", "true")] : [], "form[action$='/Matching/Runs']");

    private Task<List<MatchRunRow>> RowsAsync(MatchingScene scene) =>
        App.WithDbAsync(db => db.MatchRuns.Where(r => r.CycleId == scene.CycleId).OrderByDescending(r => r.Id).SelectMany(r => r.Rows).ToListAsync(Ct));

    [Fact]
    public async Task SuggestAll_PlacesEveryoneItCan_WithinTheRules_ThenAcceptingAllIntroducesEveryPair()
    {
        // Mina, two other mentees; Gale, Sam and Blair (Mina's supervisor) with one place each; Pat paused.
        var scene = await MatchingScene.CreateAsync(App, capacity: 1, extraRequests: 2);
        var coordinator = await CoordinatorAsync();
        var programPage = await coordinator.GetPageAsync($"/Programs/{scene.ProgramId}");
        Assert.NotNull(programPage.QuerySelector($"a[href='{BoardOf(scene)}']"));

        var suggested = await SuggestAllAsync(coordinator, scene);

        Assert.Equal(HttpStatusCode.Redirect, suggested.StatusCode);
        var rows = await RowsAsync(scene);
        Assert.Equal(3, rows.Count);
        Assert.All(rows, r => Assert.NotNull(r.MentorVolunteerId));
        Assert.Equal(3, rows.Select(r => r.MentorVolunteerId).Distinct().Count());
        Assert.NotEqual(scene.VolunteerOf("Blair Boss"), rows.Single(r => r.MenteeRequestId == scene.RequestId).MentorVolunteerId);
        Assert.Empty(await App.WithDbAsync(db => db.Pairings.Where(p => p.CycleId == scene.CycleId).ToListAsync(Ct)));
        var board = await coordinator.GetPageAsync(BoardOf(scene));
        Assert.Equal(3, board.QuerySelectorAll("input[name=rows]:checked").Length);
        Assert.Contains("Everyone waiting was placed.", board.QuerySelector("#fairness-heading")!.ParentElement!.TextContent);

        var accepted = await coordinator.SubmitAsync(BoardOf(scene), [.. rows.Select(r => new KeyValuePair<string, string>("rows", r.Id.ToString()))],
            "form[action$='/Accept']");

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        var (pairings, mails, waiting) = await App.WithDbAsync(async db => (
            await db.Pairings.Where(p => p.CycleId == scene.CycleId).ToListAsync(Ct),
            await db.OutboxMessages.CountAsync(m => m.DeduplicationKey.StartsWith("introduction:"), Ct),
            await db.MenteeRequests.CountAsync(r => r.CycleId == scene.CycleId && r.Status == RequestStatus.Submitted, Ct)));
        Assert.Equal(3, pairings.Count);
        Assert.All(pairings, p => Assert.Equal(PairingStatus.Active, p.Status));
        Assert.Equal(6, mails);
        Assert.Equal(0, waiting);
        Assert.Contains("3 matches accepted", (await coordinator.GetPageAsync(BoardOf(scene))).QuerySelector("[role=status]")!.TextContent);

        // A replayed accept does nothing; a new run finds no one waiting.
        var token = await coordinator.TokenAsync(BoardOf(scene));
        var runId = await App.WithDbAsync(db => db.MatchRuns.Where(r => r.CycleId == scene.CycleId).Select(r => r.Id).SingleAsync(Ct));
        await coordinator.PostAsync($"{BoardOf(scene)}/Runs/{runId}/Accept", [new("__RequestVerificationToken", token), new("rows", rows[0].Id.ToString())]);
        Assert.Contains("already accepted", (await coordinator.GetPageAsync(BoardOf(scene))).QuerySelector("[role=status]")!.TextContent);
        await SuggestAllAsync(coordinator, scene);
        Assert.Contains("No request in this cycle is waiting", (await coordinator.GetPageAsync(BoardOf(scene))).QuerySelector("[role=status]")!.TextContent);
        Assert.Equal(3, await App.WithDbAsync(db => db.Pairings.CountAsync(p => p.CycleId == scene.CycleId, Ct)));
    }

    [Fact]
    public async Task MoreRequestsThanPlaces_LeavesTheRestOut_SayingWhy_AndAcceptingSomeLeavesTheUntickedWaiting()
    {
        var scene = await MatchingScene.CreateAsync(App, capacity: 1, extraRequests: 4);
        var coordinator = await CoordinatorAsync();

        await SuggestAllAsync(coordinator, scene);

        var rows = await RowsAsync(scene);
        Assert.Equal(5, rows.Count);
        Assert.Equal(3, rows.Count(r => r.MentorVolunteerId is not null));
        Assert.All(rows.Where(r => r.MentorVolunteerId is null), r => Assert.Equal("Every mentor who fits is full: the places went to requests that fit them better.", r.UnmatchedReason));
        var fairness = (await coordinator.GetPageAsync(BoardOf(scene))).QuerySelector("#fairness-heading")!.ParentElement!.TextContent;
        Assert.Contains("2: Every mentor who fits is full", fairness);
        Assert.Contains("3 mentors get 1 mentee", fairness);

        var ticked = rows.Where(r => r.MentorVolunteerId is not null).Take(2).ToList();
        await coordinator.SubmitAsync(BoardOf(scene), [.. ticked.Select(r => new KeyValuePair<string, string>("rows", r.Id.ToString()))], "form[action$='/Accept']");

        var matched = await App.WithDbAsync(db => db.MenteeRequests.Where(r => r.CycleId == scene.CycleId && r.Status == RequestStatus.Matched).Select(r => r.Id).ToListAsync(Ct));
        Assert.Equal(ticked.Select(r => r.MenteeRequestId).Order(), matched.Order());
    }

    [Fact]
    public async Task ADraftOvertakenByAMatchMadeByHand_AcceptsNothing_AndSaysSo()
    {
        var scene = await MatchingScene.CreateAsync(App, capacity: 1, extraRequests: 2);
        var coordinator = await CoordinatorAsync();
        await SuggestAllAsync(coordinator, scene);
        var rows = await RowsAsync(scene);
        // Meanwhile Mina is matched by hand with the mentor the draft gave someone else, who then has no place left.
        var other = rows.First(r => r.MenteeRequestId != scene.RequestId && r.MentorVolunteerId != scene.VolunteerOf("Blair Boss"));
        var token = await coordinator.TokenAsync(BoardOf(scene));
        await coordinator.PostAsync($"/Programs/{scene.ProgramId}/Requests/{scene.RequestId}/Suggestions/{other.MentorVolunteerId}/Propose", [new("__RequestVerificationToken", token)]);

        await coordinator.SubmitAsync(BoardOf(scene), [.. rows.Select(r => new KeyValuePair<string, string>("rows", r.Id.ToString()))], "form[action$='/Accept']");

        Assert.Contains("Nothing was accepted", (await coordinator.GetPageAsync(BoardOf(scene))).QuerySelector("[role=status]")!.TextContent);
        Assert.Equal(0, await App.WithDbAsync(db => db.Pairings.CountAsync(p => p.CycleId == scene.CycleId && p.Status == PairingStatus.Active, Ct)));
        Assert.Equal(MatchRunStatus.Draft, await App.WithDbAsync(db => db.MatchRuns.Where(r => r.CycleId == scene.CycleId).Select(r => r.Status).SingleAsync(Ct)));
    }

    [Fact]
    public async Task SwappingARowsMentor_ShowsTheChangeInScore_LocksTheRow_AndARerunKeepsItWhileSolvingTheRest()
    {
        // Three requests, Gale, Sam and Blair with two places each.
        var scene = await MatchingScene.CreateAsync(App, capacity: 2, extraRequests: 2);
        var coordinator = await CoordinatorAsync();
        await SuggestAllAsync(coordinator, scene);
        var rows = await RowsAsync(scene);
        var minas = rows.Single(r => r.MenteeRequestId == scene.RequestId);
        var board = await coordinator.GetPageAsync(BoardOf(scene));
        var swapUrl = board.QuerySelector($"a[href$='/Rows/{minas.Id}/Swap']")!.GetAttribute("href")!;

        var choices = await coordinator.GetPageAsync(swapUrl);
        var names = choices.QuerySelectorAll("ol.suggestions > li h2").Select(h => h.TextContent.Split(" score")[0].Trim()).ToList();
        Assert.DoesNotContain("Blair Boss", names);
        Assert.DoesNotContain("Pat Paused", names);
        var other = names.First();
        Assert.Matches(@"Change in the draft's total score: [+-]?\d+", choices.QuerySelector("ol.suggestions > li")!.TextContent);
        var swapped = await coordinator.SubmitAsync(swapUrl, [], $"form[action$='/Swap/{scene.VolunteerOf(other)}']");
        Assert.Equal(HttpStatusCode.Redirect, swapped.StatusCode);

        var afterSwap = (await RowsAsync(scene)).Single(r => r.Id == minas.Id);
        Assert.Equal(scene.VolunteerOf(other), afterSwap.MentorVolunteerId);
        Assert.True(afterSwap.Locked);

        // Keep only Mina's row; the other two are solved again around it.
        var token = await coordinator.TokenAsync(BoardOf(scene));
        var runId = afterSwap.MatchRunId;
        var rerun = await coordinator.PostAsync($"{BoardOf(scene)}/Runs/{runId}/Rerun", [new("__RequestVerificationToken", token), new("locked", minas.Id.ToString())]);

        Assert.Equal(HttpStatusCode.Redirect, rerun.StatusCode);
        var runs = await App.WithDbAsync(db => db.MatchRuns.Include(r => r.Rows).Where(r => r.CycleId == scene.CycleId).OrderBy(r => r.Id).ToListAsync(Ct));
        Assert.Equal([MatchRunStatus.Discarded, MatchRunStatus.Draft], runs.Select(r => r.Status));
        var latest = runs[1].Rows.ToList();
        Assert.Equal(3, latest.Count);
        var kept = latest.Single(r => r.MenteeRequestId == scene.RequestId);
        Assert.True(kept.Locked);
        Assert.Equal(scene.VolunteerOf(other), kept.MentorVolunteerId);
        Assert.All(latest.Where(r => r.MenteeRequestId != scene.RequestId), r => Assert.False(r.Locked));
        Assert.True(latest.GroupBy(r => r.MentorVolunteerId).All(g => g.Count() <= 2), "no mentor over their two places");
    }

    [Fact]
    public async Task TheBoard_CostsTheSameStatements_WhateverTheDraftsSize()
    {
        var counter = new StatementCounter();
        using var counted = App.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.ConfigureDbContext<SqliteAppDbContext>(o => o.AddInterceptors(counter));
            s.ConfigureDbContext<PostgresAppDbContext>(o => o.AddInterceptors(counter));
        }));
        var email = Unique("coord");
        await App.CreateUserAsync(email, coordinator: true);
        var client = new AppClient(counted.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false }));
        await client.LoginAsync(email, MentoringProgram.Testing.TestAppFactory.Password);
        var small = await MatchingScene.CreateAsync(App, capacity: 1);
        var large = await MatchingScene.CreateAsync(App, extraMentors: 6, capacity: 2, extraRequests: 9);
        await SuggestAllAsync(client, small);
        await SuggestAllAsync(client, large);

        async Task<int> CountAsync(MatchingScene scene)
        {
            counter.Clear();
            counter.Counting = true;
            var response = await client.GetAsync(BoardOf(scene));
            counter.Counting = false;
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return counter.Statements.Count;
        }

        var forSmall = await CountAsync(small);
        var forLarge = await CountAsync(large);

        Assert.Equal(forSmall, forLarge);
        Assert.True(forLarge <= 3, $"{forLarge} statements");
    }

    [Fact]
    public async Task TheBoard_IsTheCoordinators_AndOnlyForTheProgramsOwnCycle()
    {
        var scene = await MatchingScene.CreateAsync(App);
        var other = await MatchingScene.CreateAsync(App);
        var coordinator = await CoordinatorAsync();
        var staffEmail = Unique("staff");
        await App.CreateUserAsync(staffEmail);
        var staff = await LoginAsync(staffEmail);

        Assert.NotEqual(HttpStatusCode.OK, (await staff.GetAsync(BoardOf(scene))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/Programs/{scene.ProgramId}/Cycles/{other.CycleId}/Matching")).StatusCode);
        var token = await coordinator.TokenAsync(BoardOf(scene));
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.PostAsync($"/Programs/{scene.ProgramId}/Cycles/{other.CycleId}/Matching/Runs", [new("__RequestVerificationToken", token)])).StatusCode);
        Assert.Empty(await App.WithDbAsync(db => db.MatchRuns.ToListAsync(Ct)));
    }
}

public sealed class BulkMatchingTestsOnSqlite(SqliteApp fixture) : BulkMatchingTests(fixture), IClassFixture<SqliteApp>;

public sealed class BulkMatchingTestsOnPostgres(PostgresApp fixture) : BulkMatchingTests(fixture), IClassFixture<PostgresApp>;
