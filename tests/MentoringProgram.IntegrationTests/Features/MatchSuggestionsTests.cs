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

    private sealed record Scene(int ProgramId, int RequestId);

    private async Task<Scene> SceneAsync(int extraMentors = 0)
    {
        var programId = await App.CreateProgramAsync();
        var topics = await App.TopicIdsAsync();
        return await App.WithDbAsync(async db =>
        {
            var cycleId = await db.ProgramCycles.Where(c => c.ProgramId == programId).Select(c => c.Id).SingleAsync(Ct);
            var home = new Department("Public Services " + Guid.NewGuid().ToString("N")[..6]);
            var other = new Department("Metadata and Cataloging " + Guid.NewGuid().ToString("N")[..6]);
            db.Departments.AddRange(home, other);
            await db.SaveChangesAsync(Ct);
            StaffMember Person(string name, Department department, string? supervisor = null) =>
                new(name, $"{name.Replace(' ', '.').ToLowerInvariant()}.{Guid.NewGuid():N}"[..30] + "@library.test")
                {
                    DepartmentId = department.Id, HireDate = new DateOnly(2015, 1, 1), SupervisorEmail = supervisor, Location = "Hayden Library",
                };
            var boss = Person("Blair Boss", other);
            db.StaffMembers.Add(boss);
            await db.SaveChangesAsync(Ct);
            var mentee = Person("Mina Mentee", home, boss.WorkEmail);
            var good = Person("Gale Good", other);
            var same = Person("Sam Same", home);
            var paused = Person("Pat Paused", other);
            var extras = Enumerable.Range(0, extraMentors).Select(i => Person($"Extra {i:D2}", other)).ToList();
            db.StaffMembers.AddRange([mentee, good, same, paused, .. extras]);
            await db.SaveChangesAsync(Ct);
            var request = new MenteeRequest(cycleId, mentee.Id) { Goals = "Plan a career in metadata.", ReadExpectations = true, InformedSupervisor = true, PreferMentorOutsideDepartment = true, PreferredContact = ContactMethods.Video };
            request.SetTopics([topics[0], topics[1], topics[2]]);
            request.Submit(App.Clock.GetUtcNow());
            db.MenteeRequests.Add(request);
            foreach (var (person, topicIds, approve) in new[] { (good, new[] { topics[0], topics[1] }, true), (same, new[] { topics[0] }, true), (boss, new[] { topics[0], topics[1], topics[2] }, true), (paused, new[] { topics[0] }, false) }
                .Concat(extras.Select(e => (e, new[] { topics[3] }, true))))
            {
                var offer = new MentorVolunteer(cycleId, person.Id) { Capacity = 2, PreferredContact = ContactMethods.Video, ReadExpectations = true, InformedSupervisor = true };
                offer.SetTopics(topicIds);
                offer.Submit(App.Clock.GetUtcNow());
                offer.Approve();
                if (!approve)
                {
                    offer.Pause();
                }
                db.MentorVolunteers.Add(offer);
            }
            await db.SaveChangesAsync(Ct);
            return new Scene(programId, request.Id);
        });
    }

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

        async Task<int> CountAsync(Scene scene)
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
