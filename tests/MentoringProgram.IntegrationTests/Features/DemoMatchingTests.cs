using AngleSharp.Dom;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>The demo's open cycle is ready for matching (issue 13): a new coordinator who logs in can try suggestions
/// and bulk matching at once, without first filling in requests and offers.</summary>
public abstract class DemoMatchingTests(AppFixture fixture) : AppTests(fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Seeded(int ProgramId, IReadOnlyDictionary<string, int> RequestOf);

    private Task<Seeded> SeededAsync() => App.WithDbAsync(async db =>
    {
        var programId = await db.Programs.Where(p => p.MatchingMode == MatchingMode.CoordinatorMatches).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync(Ct);
        var requests = await db.MenteeRequests.Where(r => r.Cycle!.ProgramId == programId).Select(r => new { r.Id, r.StaffMember!.FullName }).ToListAsync(Ct);
        return new Seeded(programId, requests.ToDictionary(r => r.FullName, r => r.Id));
    });

    private static IReadOnlyList<IElement> Ranked(IDocument page) => page.QuerySelectorAll("ol.suggestions > li").ToList();

    [Fact]
    public async Task TheOpenCycle_HasRequestsWaiting_AndApprovedTrainedMentors_FromRosterStaffWithoutDemoLogins()
    {
        var seeded = await SeededAsync();
        var (requests, offers) = await App.WithDbAsync(async db => (
            await db.MenteeRequests.Where(r => r.Cycle!.ProgramId == seeded.ProgramId).Select(r => new { r.Status, r.StaffMember!.WorkEmail, Topics = r.Topics.Count }).ToListAsync(Ct),
            await db.MentorVolunteers.Where(v => v.Cycle!.ProgramId == seeded.ProgramId)
                .Select(v => new { v.Status, v.TrainingCompleted, v.Capacity, v.StaffMember!.WorkEmail, Topics = v.Topics.Count }).ToListAsync(Ct)));
        var logins = DemoAccount.All.Select(a => a.Email).ToList();

        Assert.Equal(12, requests.Count(r => r.Status == RequestStatus.Submitted));
        Assert.Equal(12, requests.Count);
        Assert.All(requests, r => Assert.InRange(r.Topics, 2, 3));
        var approved = offers.Where(o => o.Status == VolunteerStatus.Approved).ToList();
        Assert.Equal(8, approved.Count);
        Assert.All(approved, o => Assert.True(o.TrainingCompleted));
        Assert.All(offers, o => Assert.InRange(o.Capacity, 1, 2));
        Assert.All(offers, o => Assert.InRange(o.Topics, 2, 3));
        Assert.Single(offers, o => o.Status == VolunteerStatus.Paused);
        Assert.DoesNotContain(requests, r => logins.Contains(r.WorkEmail));
        Assert.DoesNotContain(offers, o => logins.Contains(o.WorkEmail));
    }

    [Fact]
    public async Task TheDemoCoordinator_SeesRankedMentorsWithReasons_AndTheSupervisorRule()
    {
        var seeded = await SeededAsync();
        var coordinator = NewClient();
        await coordinator.LoginAsync(DemoOptions.CoordinatorEmail, DemoAccountTests.Password);

        // Sofia Petrova works in Research and Instruction, which Wei Chen heads.
        var page = await coordinator.GetPageAsync($"/Programs/{seeded.ProgramId}/Requests/{seeded.RequestOf["Sofia Petrova"]}/Suggestions");

        var ranked = Ranked(page);
        Assert.Equal(7, ranked.Count); // all eight approved but Wei Chen
        Assert.All(ranked, mentor => Assert.True(mentor.QuerySelectorAll("ul > li").Length >= 5, mentor.TextContent));
        var best = ranked[0].TextContent;
        Assert.Contains("Shares", best);
        Assert.Contains("years on staff", best);
        Assert.Contains("Has finished mentor training", best);
        var scores = ranked.Select(m => int.Parse(m.QuerySelector(".score")!.TextContent.Replace("score", "", StringComparison.Ordinal).Trim(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(scores.OrderByDescending(s => s), scores);
        var excluded = page.QuerySelector("details")!.TextContent;
        Assert.Contains("Wei Chen: Is the mentee's supervisor.", excluded);
        Assert.Contains("Liam Morgan: Paused as a mentor.", excluded);
        Assert.NotNull(page.QuerySelector("form[action$='/Propose']"));

        // Jordan Rossi heads Collections and Acquisitions, where Grace Rossi works: the rule holds the other way too.
        var forJordan = await coordinator.GetPageAsync($"/Programs/{seeded.ProgramId}/Requests/{seeded.RequestOf["Jordan Rossi"]}/Suggestions");
        Assert.Contains("Grace Rossi: Reports to the mentee.", forJordan.QuerySelector("details")!.TextContent);
    }

    [Fact]
    public async Task EverySeededRequest_HasMentorsToSuggest_AndNoMentorIsLeftOutForTimeOnStaff()
    {
        var seeded = await SeededAsync();
        var coordinator = NewClient();
        await coordinator.LoginAsync(DemoOptions.CoordinatorEmail, DemoAccountTests.Password);

        foreach (var (mentee, requestId) in seeded.RequestOf)
        {
            var page = await coordinator.GetPageAsync($"/Programs/{seeded.ProgramId}/Requests/{requestId}/Suggestions");
            Assert.True(Ranked(page).Count >= 4, $"{mentee}: {Ranked(page).Count} mentors suggested");
            var excluded = page.QuerySelector("details")?.TextContent ?? "";
            Assert.DoesNotContain("months on staff", excluded);
            Assert.DoesNotContain("Not approved", excluded);
        }
    }

    [Fact]
    public async Task SeedingAgain_AddsNothing()
    {
        static async Task<(int Staff, int Requests, int Offers, int Users, int Programs)> CountAsync(AppDbContext db) => (
            await db.StaffMembers.CountAsync(Ct), await db.MenteeRequests.CountAsync(Ct), await db.MentorVolunteers.CountAsync(Ct),
            await db.Users.CountAsync(Ct), await db.Programs.CountAsync(Ct));
        var before = await App.WithDbAsync(CountAsync);

        var seededAgain = await App.WithScopeAsync(sp => sp.GetRequiredService<DemoDataSeeder>().SeedAsync(DemoAccountTests.Password, Ct));

        Assert.False(seededAgain);
        Assert.Equal(before, await App.WithDbAsync(CountAsync));
        // Twelve requests and nine offers in the coordinator's program; the same nine offers in the mentee-choice one; one
        // matched request and one offer in New Employee Mentoring, whose term is under way.
        Assert.Equal((13, 19, 3), (before.Requests, before.Offers, before.Programs));
    }
}

public sealed class DemoMatchingTestsOnSqlite(DemoSeededSqliteApp fixture) : DemoMatchingTests(fixture), IClassFixture<DemoSeededSqliteApp>;

public sealed class DemoMatchingTestsOnPostgres(DemoSeededPostgresApp fixture) : DemoMatchingTests(fixture), IClassFixture<DemoSeededPostgresApp>;
