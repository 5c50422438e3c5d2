using System.Net;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Email;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>An id in the path names what a post acts on; the same name in the form body or the query string is ignored.</summary>
public abstract class RouteBindingTests(AppFixture fixture) : AppTests(fixture)
{
    private const int Nowhere = 987655;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(AppClient Client, int StaffId)> StaffAsync()
    {
        var email = Unique("staff");
        var user = await App.CreateUserAsync(email, profile: s => s.HireDate = new DateOnly(2015, 1, 1));
        var staffId = await App.WithDbAsync(db => db.StaffMembers.Where(s => s.UserId == user.Id).Select(s => s.Id).SingleAsync(Ct));
        return (await LoginAsync(email), staffId);
    }

    private async Task<AppClient> CoordinatorAsync()
    {
        var email = Unique("coord");
        await App.CreateUserAsync(email, coordinator: true);
        return await LoginAsync(email);
    }

    private Task<int> CycleOfAsync(int programId) =>
        App.WithDbAsync(db => db.ProgramCycles.Where(c => c.ProgramId == programId).Select(c => c.Id).SingleAsync(Ct));

    private Task<int> RequestAsync(int cycleId, int staffId) => App.WithDbAsync(async db =>
    {
        var request = new MenteeRequest(cycleId, staffId) { Goals = "Plan the next five years.", ReadExpectations = true, InformedSupervisor = true };
        request.Submit(App.Clock.GetUtcNow());
        db.MenteeRequests.Add(request);
        await db.SaveChangesAsync(Ct);
        return request.Id;
    });

    private Task<int> VolunteerAsync(int cycleId, int staffId) => App.WithDbAsync(async db =>
    {
        var volunteer = new MentorVolunteer(cycleId, staffId) { Expertise = "Cataloging", ReadExpectations = true, InformedSupervisor = true };
        volunteer.Submit(App.Clock.GetUtcNow());
        db.MentorVolunteers.Add(volunteer);
        await db.SaveChangesAsync(Ct);
        return volunteer.Id;
    });

    /// <summary>Posts with the antiforgery token and, in both the query string and the body, the conflicting values.</summary>
    private static async Task<HttpResponseMessage> PostConflictingAsync(AppClient client, string path, IReadOnlyList<KeyValuePair<string, string>> conflicting,
        IEnumerable<KeyValuePair<string, string>>? fields = null)
    {
        var query = string.Join("&", conflicting.Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value)}"));
        var values = new List<KeyValuePair<string, string>> { new("__RequestVerificationToken", await client.TokenAsync()) };
        values.AddRange(conflicting);
        values.AddRange(fields ?? []);
        return await client.PostAsync($"{path}?{query}", values);
    }

    [Fact]
    public async Task WithdrawRequest_ActsOnThePathsRequest_NotOnAnIdInTheBodyOrQuery()
    {
        var cycleId = await CycleOfAsync(await App.CreateProgramAsync());
        var (client, staffId) = await StaffAsync();
        var (_, otherId) = await StaffAsync();
        var mine = await RequestAsync(cycleId, staffId);
        var theirs = await RequestAsync(cycleId, otherId);

        var elsewhere = await PostConflictingAsync(client, $"/My/Requests/{Nowhere}/Withdraw", [new("id", mine.ToString())]);
        var foreign = await PostConflictingAsync(client, $"/My/Requests/{theirs}/Withdraw", [new("id", mine.ToString())]);

        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, foreign.StatusCode);
        Assert.Equal(RequestStatus.Submitted, await App.WithDbAsync(db => db.MenteeRequests.Where(r => r.Id == mine).Select(r => r.Status).SingleAsync(Ct)));

        var own = await PostConflictingAsync(client, $"/My/Requests/{mine}/Withdraw", [new("id", Nowhere.ToString())]);

        Assert.Equal(HttpStatusCode.Redirect, own.StatusCode);
        Assert.Equal(RequestStatus.Withdrawn, await App.WithDbAsync(db => db.MenteeRequests.Where(r => r.Id == mine).Select(r => r.Status).SingleAsync(Ct)));
        Assert.Equal(RequestStatus.Submitted, await App.WithDbAsync(db => db.MenteeRequests.Where(r => r.Id == theirs).Select(r => r.Status).SingleAsync(Ct)));
    }

    [Fact]
    public async Task WithdrawOffer_ActsOnThePathsOffer_NotOnAnIdInTheBodyOrQuery()
    {
        var cycleId = await CycleOfAsync(await App.CreateProgramAsync());
        var (client, staffId) = await StaffAsync();
        var mine = await VolunteerAsync(cycleId, staffId);

        var elsewhere = await PostConflictingAsync(client, $"/My/Offers/{Nowhere}/Withdraw", [new("id", mine.ToString())]);

        Assert.Equal(HttpStatusCode.NotFound, elsewhere.StatusCode);
        Assert.Equal(VolunteerStatus.Submitted, await App.WithDbAsync(db => db.MentorVolunteers.Where(v => v.Id == mine).Select(v => v.Status).SingleAsync(Ct)));
    }

    [Fact]
    public async Task ApproveVolunteer_ActsOnThePathsVolunteerAndChange_NotOnTheBodyOrQuery()
    {
        var programId = await App.CreateProgramAsync();
        var otherProgramId = await App.CreateProgramAsync();
        var cycleId = await CycleOfAsync(programId);
        var (_, firstStaff) = await StaffAsync();
        var (_, secondStaff) = await StaffAsync();
        var approved = await VolunteerAsync(cycleId, firstStaff);
        var untouched = await VolunteerAsync(cycleId, secondStaff);
        var client = await CoordinatorAsync();

        var response = await PostConflictingAsync(client, $"/Programs/{programId}/Volunteers/{approved}/Approve",
            [new("programId", otherProgramId.ToString()), new("volunteerId", untouched.ToString()), new("change", "Pause")]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal($"/Programs/{programId}/Volunteers", response.Headers.Location!.OriginalString);
        var statuses = await App.WithDbAsync(db => db.MentorVolunteers.Where(v => v.Id == approved || v.Id == untouched).ToDictionaryAsync(v => v.Id, v => v.Status, Ct));
        Assert.Equal(VolunteerStatus.Approved, statuses[approved]);
        Assert.Equal(VolunteerStatus.Submitted, statuses[untouched]);
    }

    [Fact]
    public async Task EditCycle_SavesThePathsCycle_NotTheOneNamedInTheBodyOrQuery()
    {
        var programId = await App.CreateProgramAsync();
        var otherProgramId = await App.CreateProgramAsync();
        var cycleId = await CycleOfAsync(programId);
        var otherCycleId = await CycleOfAsync(otherProgramId);
        var client = await CoordinatorAsync();
        var today = App.Today();

        var response = await PostConflictingAsync(client, $"/Programs/{programId}/Cycles/{cycleId}/Edit",
            [new("id", otherProgramId.ToString()), new("cycleId", otherCycleId.ToString())],
            [new("Name", "Renamed by path"), new("EnrollmentOpens", today.AddDays(-7).ToString("yyyy-MM-dd")),
                new("EnrollmentDeadline", today.AddDays(21).ToString("yyyy-MM-dd")), new("TermStarts", today.AddDays(28).ToString("yyyy-MM-dd"))]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var names = await App.WithDbAsync(db => db.ProgramCycles.Where(c => c.Id == cycleId || c.Id == otherCycleId).ToDictionaryAsync(c => c.Id, c => c.Name, Ct));
        Assert.Equal("Renamed by path", names[cycleId]);
        Assert.Equal("Current", names[otherCycleId]);
    }

    [Fact]
    public async Task ResendMail_QueuesThePathsMessage_NotTheOneNamedInTheBodyOrQuery()
    {
        var resent = await FailedMessageAsync();
        var untouched = await FailedMessageAsync();
        var client = await CoordinatorAsync();

        var response = await PostConflictingAsync(client, $"/Outbox/{resent}/Resend", [new("id", untouched.ToString())]);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var statuses = await App.WithDbAsync(db => db.OutboxMessages.Where(m => m.Id == resent || m.Id == untouched).ToDictionaryAsync(m => m.Id, m => m.Status, Ct));
        Assert.Equal(OutboxStatus.Pending, statuses[resent]);
        Assert.Equal(OutboxStatus.Failed, statuses[untouched]);
    }

    private Task<Guid> FailedMessageAsync() => App.WithDbAsync(async db =>
    {
        var message = new OutboxMessage(Guid.NewGuid(), "route-binding-" + Guid.NewGuid().ToString("N"), "someone@library.test", null, "Subject", "Text", "<p>Html</p>", App.Clock.GetUtcNow());
        db.OutboxMessages.Add(message);
        // Failed is reached only through delivery attempts; set it directly for the test.
        db.Entry(message).Property(m => m.Status).CurrentValue = OutboxStatus.Failed;
        await db.SaveChangesAsync(Ct);
        return message.Id;
    });
}

public sealed class RouteBindingTestsOnSqlite(SqliteApp fixture) : RouteBindingTests(fixture), IClassFixture<SqliteApp>;

public sealed class RouteBindingTestsOnPostgres(PostgresApp fixture) : RouteBindingTests(fixture), IClassFixture<PostgresApp>;
