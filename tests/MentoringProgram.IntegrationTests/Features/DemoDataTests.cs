using System.Net;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.IntegrationTests.Features;

public sealed class DemoSeededSqliteApp : SqliteApp
{
    protected override IDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Demo:Seed"] = "true",
        ["Demo:Password"] = "demo-password-for-tests",
    };
}

public sealed class DemoDataTests(DemoSeededSqliteApp fixture) : AppTests(fixture), IClassFixture<DemoSeededSqliteApp>
{
    [Fact]
    public async Task FirstRun_SeedsARealisticLibrary()
    {
        var (staff, departments, topics) = await App.WithDbAsync(async db => (
            await db.StaffMembers.CountAsync(TestContext.Current.CancellationToken),
            await db.Departments.CountAsync(TestContext.Current.CancellationToken),
            await db.Topics.CountAsync(TestContext.Current.CancellationToken)));
        var programs = await App.WithDbAsync(db => db.Programs.Include(p => p.Cycles).OrderBy(p => p.Id).ToListAsync(TestContext.Current.CancellationToken));

        Assert.InRange(staff, 60, 61); // 60 staff plus the coordinator's own profile
        Assert.Equal(8, departments);
        Assert.Equal(6, topics);
        Assert.Equal([MatchingMode.CoordinatorMatches, MatchingMode.MenteeChooses, MatchingMode.CoordinatorMatches], programs.Select(p => p.MatchingMode));
        Assert.All(programs, program => Assert.Equal(ProgramStatus.Active, program.Status));
        Assert.All(programs.Take(2), program => Assert.True(Assert.Single(program.Cycles).Enrollment.IsOpenOn(App.Clock.TodayIn(TimeZoneInfo.Utc))));
        // The third, New Employee Mentoring, is five weeks into its term with one pair at work, its checklist from seed 004.
        var running = Assert.Single(programs[2].Cycles);
        Assert.Equal(App.Clock.TodayIn(TimeZoneInfo.Utc).AddDays(-35), running.TermStarts);
        Assert.Equal(6, programs[2].ChecklistItems.Count);
        var pairing = await App.WithDbAsync(db => db.Pairings.Include(p => p.Mentor).SingleAsync(p => p.CycleId == running.Id, TestContext.Current.CancellationToken));
        Assert.Equal((PairingStatus.Active, DemoOptions.VeteranStaffEmail), (pairing.Status, pairing.Mentor!.WorkEmail));
    }

    [Fact]
    public async Task DemoLogins_WorkWithTheirRoles()
    {
        var coordinator = NewClient();
        await coordinator.LoginAsync(DemoOptions.CoordinatorEmail, "demo-password-for-tests");
        var newStaff = NewClient();
        await newStaff.LoginAsync(DemoOptions.NewStaffEmail, "demo-password-for-tests");

        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync("/Roster")).StatusCode);
        var dashboard = await coordinator.GetPageAsync("/");
        var roster = dashboard.QuerySelectorAll(".stat").Select(e => e.TextContent.Trim()).ToList();
        // 12 requests waiting (DemoMatchingCycle); its offers are approved or paused, so none is left to review; 60 seeded
        // staff, 2 of them with demo logins (the coordinator has a profile of their own).
        Assert.Equal(["12", "0", "0", "58"], roster);
        var home = await newStaff.GetPageAsync("/");
        Assert.Contains("Mentors need at least one year on staff", home.Body!.TextContent);
    }
}
