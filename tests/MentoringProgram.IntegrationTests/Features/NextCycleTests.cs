using System.Net;
using System.Text.RegularExpressions;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Email;
using MentoringProgram.Web.Features.Programs;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>The next cycle in one click (issue 15): the program page's "Add a cycle" form comes filled in from the latest
/// cycle moved forward, says what carries over, and adding it invites the program's former mentees who may now mentor,
/// once per cycle, in the same transaction.</summary>
public abstract class NextCycleTests(AppFixture fixture) : AppTests(fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<AppClient> CoordinatorAsync()
    {
        var email = Unique("coord");
        await App.CreateUserAsync(email, coordinator: true);
        return await LoginAsync(email);
    }

    private static string? Value(AngleSharp.Dom.IDocument page, string field) =>
        page.QuerySelector($"input[name='NewCycle.{field}']")?.GetAttribute("value");

    private static List<KeyValuePair<string, string>> CycleForm(string name, DateOnly opens, DateOnly deadline, DateOnly starts) =>
    [
        new("NewCycle.Name", name), new("NewCycle.EnrollmentOpens", opens.ToString("yyyy-MM-dd")),
        new("NewCycle.EnrollmentDeadline", deadline.ToString("yyyy-MM-dd")), new("NewCycle.TermStarts", starts.ToString("yyyy-MM-dd")),
    ];

    private Task<List<OutboxMessage>> InvitationsAsync() => App.WithDbAsync(db => db.OutboxMessages.AsNoTracking()
        .Where(m => m.DeduplicationKey.StartsWith("mentor-invitation:")).OrderBy(m => m.CreatedAt).ToListAsync(Ct));

    [Fact]
    public async Task WithTwoCycles_TheFormIsFilledFromTheLatest_MovedByTheGapBetweenTheirTermStarts_AndSaysWhatCarriesOver()
    {
        var coordinator = await CoordinatorAsync();
        var programId = await App.CreateProgramAsync(nextOpensInDays: 60);
        var today = App.Today();
        // "Current" starts its term on day 28, "Next" on day 95: 67 days later.

        var page = await coordinator.GetPageAsync($"/Programs/{programId}");

        Assert.Equal("Next (next)", Value(page, "Name"));
        Assert.Equal(today.AddDays(60 + 67).ToString("yyyy-MM-dd"), Value(page, "EnrollmentOpens"));
        Assert.Equal(today.AddDays(88 + 67).ToString("yyyy-MM-dd"), Value(page, "EnrollmentDeadline"));
        Assert.Equal(today.AddDays(95 + 67).ToString("yyyy-MM-dd"), Value(page, "TermStarts"));
        var hint = Regex.Replace(page.QuerySelector("#next-cycle-hint")!.TextContent, @"\s+", " ");
        Assert.Contains("settings, topics, surveys, checklist and resources belong to the program", hint);
        Assert.Contains("invited by mail to volunteer as mentors", hint);
    }

    [Fact]
    public async Task WithOneCycle_TheFormMovesItByTheTermLength_AndMovesItsYearOn()
    {
        var coordinator = await CoordinatorAsync();
        var programId = await App.CreateProgramAsync();
        var (cycle, term) = await App.WithDbAsync(async db =>
        {
            var program = await db.Programs.Include(p => p.Cycles).SingleAsync(p => p.Id == programId, Ct);
            var only = program.Cycles.Single();
            only.Rename("Spring 2026");
            await db.SaveChangesAsync(Ct);
            return (only, program.Term);
        });

        var page = await coordinator.GetPageAsync($"/Programs/{programId}");

        Assert.Equal("Spring 2027", Value(page, "Name"));
        Assert.Equal(cycle.EnrollmentOpens.AddMonths(term.TotalMonths).ToString("yyyy-MM-dd"), Value(page, "EnrollmentOpens"));
        Assert.Equal(cycle.EnrollmentDeadline.AddMonths(term.TotalMonths).ToString("yyyy-MM-dd"), Value(page, "EnrollmentDeadline"));
        Assert.Equal(cycle.TermStarts.AddMonths(term.TotalMonths).ToString("yyyy-MM-dd"), Value(page, "TermStarts"));

        // Added as proposed.
        var added = await coordinator.SubmitAsync($"/Programs/{programId}", 
            new[] { "Name", "EnrollmentOpens", "EnrollmentDeadline", "TermStarts" }.Select(f => new KeyValuePair<string, string>("NewCycle." + f, Value(page, f)!)).ToList(),
            "form[action$='/Cycles']");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.True(await App.WithDbAsync(db => db.ProgramCycles.AnyAsync(c => c.ProgramId == programId && c.Name == "Spring 2027", Ct)));
    }

    [Fact]
    public async Task AddingACycle_InvitesFormerMenteesWhoMayMentor_OncePerCycle_WithALinkToTheVolunteerForm()
    {
        var pair = await ConfirmedPair.CreateAsync(App);
        await pair.IntoTheTermAsync(App, 200);
        var coordinator = await CoordinatorAsync();
        var menteeId = await App.WithDbAsync(async db =>
        {
            var pairing = await db.Pairings.SingleAsync(p => p.Id == pair.PairingId, Ct);
            pairing.Complete(App.Today(), [], App.Clock.GetUtcNow());
            await db.SaveChangesAsync(Ct);
            return pairing.MenteeStaffId;
        });
        var programId = pair.Scene.ProgramId;
        var programName = await App.WithDbAsync(db => db.Programs.Where(p => p.Id == programId).Select(p => p.Name).SingleAsync(Ct));
        var today = App.Today();
        var url = $"/Programs/{programId}";

        // A form that does not validate adds nothing and invites no one.
        var invalid = await coordinator.SubmitAsync(url, CycleForm("", today.AddDays(10), today.AddDays(5), today.AddDays(40)), "form[action$='/Cycles']");
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        Assert.Empty(await InvitationsAsync());

        var added = await coordinator.SubmitAsync(url, CycleForm("Autumn 2026", today.AddDays(10), today.AddDays(30), today.AddDays(40)), "form[action$='/Cycles']");
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("1 former mentee invited to volunteer as mentors.", (await coordinator.GetPageAsync(url)).QuerySelector("[role=status]")!.TextContent);
        var cycleId = await App.WithDbAsync(db => db.ProgramCycles.Where(c => c.ProgramId == programId && c.Name == "Autumn 2026").Select(c => c.Id).SingleAsync(Ct));
        var invitation = Assert.Single(await InvitationsAsync());
        Assert.Equal(MentorInvitationNotices.Key(cycleId, menteeId), invitation.DeduplicationKey);
        Assert.Equal(pair.MenteeEmail, invitation.ToAddress);
        Assert.Equal($"{programName}: would you like to mentor in Autumn 2026?", invitation.Subject);
        Assert.Contains($"Offer to mentor: https://localhost/Enroll/{programId}/Volunteer", invitation.TextBody);
        Assert.Contains($"href=\"https://localhost/Enroll/{programId}/Volunteer\"", invitation.HtmlBody);
        Assert.Contains("completed a mentoring pairing as a mentee", invitation.TextBody);

        // Someone not yet on staff long enough by the time offers are taken is not invited.
        await App.WithDbAsync(async db =>
        {
            (await db.StaffMembers.SingleAsync(s => s.Id == menteeId, Ct)).HireDate = today.AddMonths(-2);
            return await db.SaveChangesAsync(Ct);
        });
        await coordinator.SubmitAsync(url, CycleForm("Winter 2026", today.AddDays(20), today.AddDays(30), today.AddDays(40)), "form[action$='/Cycles']");
        Assert.Single(await InvitationsAsync());

        // Eligible again: the next cycle invites once more, under its own key.
        await App.WithDbAsync(async db =>
        {
            (await db.StaffMembers.SingleAsync(s => s.Id == menteeId, Ct)).HireDate = new DateOnly(2015, 1, 1);
            return await db.SaveChangesAsync(Ct);
        });
        await coordinator.SubmitAsync(url, CycleForm("Spring 2027", today.AddDays(60), today.AddDays(80), today.AddDays(90)), "form[action$='/Cycles']");
        var invitations = await InvitationsAsync();
        Assert.Equal(2, invitations.Count);
        Assert.All(invitations, m => Assert.Equal(pair.MenteeEmail, m.ToAddress));
        Assert.Equal(2, invitations.Select(m => m.DeduplicationKey).Distinct().Count());
    }
}

public sealed class NextCycleTestsOnSqlite(SqliteApp fixture) : NextCycleTests(fixture), IClassFixture<SqliteApp>;

public sealed class NextCycleTestsOnPostgres(PostgresApp fixture) : NextCycleTests(fixture), IClassFixture<PostgresApp>;
