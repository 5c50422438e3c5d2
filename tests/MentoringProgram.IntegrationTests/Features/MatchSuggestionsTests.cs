using System.Net;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>A request's suggested mentors, ranked with reasons in words, and every mentor a hard rule removes named with
/// the rule (issue 13).</summary>
public abstract class MatchSuggestionsTests(AppFixture fixture) : AppTests(fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<MatchingScene> SceneAsync(int extraMentors = 0) => await MatchingScene.CreateAsync(App, extraMentors);

    private async Task<AppClient> CoordinatorAsync()
    {
        var email = Unique("coord");
        await App.CreateUserAsync(email, coordinator: true);
        return await LoginAsync(email);
    }

    [Fact]
    public async Task RanksMentors_WithEveryReasonInWords_AndNamesTheRuleForEachLeftOut()
    {
        var scene = await SceneAsync();
        var coordinator = await CoordinatorAsync();

        var page = await coordinator.GetPageAsync($"/Programs/{scene.ProgramId}/Requests/{scene.RequestId}/Suggestions");

        var names = page.QuerySelectorAll("ol.suggestions > li h2").Select(h => h.TextContent.Split(" score")[0].Trim()).ToList();
        Assert.Equal(["Gale Good", "Sam Same"], names);
        var first = page.QuerySelector("ol.suggestions > li")!.TextContent;
        Assert.Contains("Shares 2 of 3 topics", first);
        Assert.Contains("Works in another department (Metadata and Cataloging", first);
        Assert.Contains("Both prefer video calls", first);
        Assert.Contains("Same location: Hayden Library", first);
        Assert.Contains("Has room for 2 more mentees", first);
        var excluded = page.QuerySelector("details")!.TextContent;
        Assert.Contains("Blair Boss: Is the mentee's supervisor.", excluded);
        Assert.Contains("Pat Paused: Paused as a mentor.", excluded);
    }

    [Fact]
    public async Task LinkedFromTheRequest_AndRefusedToStaff_AndToAnotherProgramsAddress()
    {
        var scene = await SceneAsync();
        var coordinator = await CoordinatorAsync();
        var staffEmail = Unique("staff");
        await App.CreateUserAsync(staffEmail);
        var staff = await LoginAsync(staffEmail);
        var otherProgram = await App.CreateProgramAsync();

        var details = await coordinator.GetPageAsync($"/Programs/{scene.ProgramId}/Requests/{scene.RequestId}");
        var asStaff = await staff.GetAsync($"/Programs/{scene.ProgramId}/Requests/{scene.RequestId}/Suggestions");
        var wrongProgram = await coordinator.GetAsync($"/Programs/{otherProgram}/Requests/{scene.RequestId}/Suggestions");

        Assert.Equal($"/Programs/{scene.ProgramId}/Requests/{scene.RequestId}/Suggestions", details.QuerySelector("a[href$='/Suggestions']")?.GetAttribute("href"));
        Assert.NotEqual(HttpStatusCode.OK, asStaff.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, wrongProgram.StatusCode);
    }

    [Fact]
    public async Task CostsTheSameStatements_WhateverThePoolSize()
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
        await client.LoginAsync(email, Testing.TestAppFactory.Password);
        var small = await SceneAsync();
        var large = await SceneAsync(extraMentors: 40);

        async Task<int> CountAsync(MatchingScene scene)
        {
            counter.Clear();
            counter.Counting = true;
            var response = await client.GetAsync($"/Programs/{scene.ProgramId}/Requests/{scene.RequestId}/Suggestions");
            counter.Counting = false;
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return counter.Statements.Count;
        }

        var forSmall = await CountAsync(small);
        var forLarge = await CountAsync(large);

        Assert.Equal(forSmall, forLarge);
        Assert.True(forLarge <= 3, $"{forLarge} statements");
    }
}

public sealed class MatchSuggestionsTestsOnSqlite(SqliteApp fixture) : MatchSuggestionsTests(fixture), IClassFixture<SqliteApp>;

public sealed class MatchSuggestionsTestsOnPostgres(PostgresApp fixture) : MatchSuggestionsTests(fixture), IClassFixture<PostgresApp>;
