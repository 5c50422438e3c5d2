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
    public async Task PeopleTheMenteeWouldRatherAvoid_AreNamedOnTheForm_RuledOutOfMatching_AndShownOnlyToTheCoordinator()
    {
        var scene = await SceneAsync();
        var topics = await App.TopicIdsAsync();
        var menteeEmail = Unique("avoider");
        var mentee = await App.CreateUserAsync(menteeEmail, profile: s => s.HireDate = new DateOnly(2020, 1, 1));
        var (ownId, galeId, samId) = await App.WithDbAsync(async db => (
            await db.StaffMembers.Where(s => s.UserId == mentee.Id).Select(s => s.Id).SingleAsync(TestContext.Current.CancellationToken),
            await db.StaffMembers.Where(s => s.WorkEmail == scene.Mentors["Gale Good"].Email).Select(s => s.Id).SingleAsync(TestContext.Current.CancellationToken),
            await db.StaffMembers.Where(s => s.WorkEmail == scene.Mentors["Sam Same"].Email).Select(s => s.Id).SingleAsync(TestContext.Current.CancellationToken)));
        var staff = await LoginAsync(menteeEmail);
        var form = await staff.GetPageAsync($"/Enroll/{scene.ProgramId}/Request");
        Assert.NotNull(form.QuerySelector($"select[name='Form.AvoidStaffIds'] option[value='{galeId}']"));
        Assert.Null(form.QuerySelector($"select[name='Form.AvoidStaffIds'] option[value='{ownId}']"));

        // Gale by choice; oneself and an id that names no one, as an edited page might send, are dropped.
        await staff.SubmitAsync($"/Enroll/{scene.ProgramId}/Request",
            [.. EnrollmentData.RequestForm(topics[0]), new("Form.AvoidStaffIds", galeId.ToString()), new("Form.AvoidStaffIds", ownId.ToString()), new("Form.AvoidStaffIds", "987654")]);

        var requestId = await App.WithDbAsync(db => db.MenteeRequests.Where(r => r.CycleId == scene.CycleId && r.StaffMember!.UserId == mentee.Id).Select(r => r.Id).SingleAsync(TestContext.Current.CancellationToken));
        var stored = await App.WithDbAsync(db => db.Set<MenteeRequestAvoid>().Where(a => a.MenteeRequestId == requestId).Select(a => a.StaffMemberId).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal([galeId], stored);
        var again = await staff.GetPageAsync($"/Enroll/{scene.ProgramId}/Request");
        Assert.NotNull(again.QuerySelector($"select[name='Form.AvoidStaffIds'] option[value='{galeId}'][selected]"));
        Assert.Null(again.QuerySelector($"select[name='Form.AvoidStaffIds'] option[value='{samId}'][selected]"));

        var coordinator = await CoordinatorAsync();
        var suggestions = await coordinator.GetPageAsync($"/Programs/{scene.ProgramId}/Requests/{requestId}/Suggestions");
        Assert.Contains("Gale Good: The mentee asked not to be matched with them.", suggestions.QuerySelector("details")!.TextContent);
        var details = await coordinator.GetPageAsync($"/Programs/{scene.ProgramId}/Requests/{requestId}");
        Assert.Contains("Gale Good", details.QuerySelector("main")!.TextContent);
        var token = await coordinator.TokenAsync();
        await coordinator.PostAsync($"/Programs/{scene.ProgramId}/Requests/{requestId}/Suggestions/{scene.VolunteerOf("Gale Good")}/Propose", [new("__RequestVerificationToken", token)]);
        Assert.Equal(0, await App.WithDbAsync(db => db.Pairings.CountAsync(p => p.MenteeRequestId == requestId, TestContext.Current.CancellationToken)));
        Assert.DoesNotContain("Gale Good", (await staff.GetPageAsync("/My")).QuerySelector("main")!.TextContent);
    }

    [Fact]
    public async Task AProgramThatRequiresTraining_RulesOutUntrainedMentors()
    {
        var scene = await SceneAsync();
        await App.WithDbAsync(async db =>
        {
            var program = await db.Programs.Include(p => p.Cycles).SingleAsync(p => p.Id == scene.ProgramId, TestContext.Current.CancellationToken);
            var settings = new ProgramSettings(program.Description, program.Expectations, program.Term, program.Renewable, program.MinimumMentorTenureMonths,
                program.Cadence, program.DefaultMentorCapacity, program.LunchAllowance, program.MatchingMode, program.CoordinatorContact, MentorTrainingRequired: true);
            program.Update(program.Name, settings);
            var gale = await db.MentorVolunteers.SingleAsync(v => v.Id == scene.VolunteerOf("Gale Good"), TestContext.Current.CancellationToken);
            gale.RecordTraining(new DateOnly(2026, 1, 10));
            await db.SaveChangesAsync(TestContext.Current.CancellationToken);
            return 0;
        });
        var coordinator = await CoordinatorAsync();

        var page = await coordinator.GetPageAsync($"/Programs/{scene.ProgramId}/Requests/{scene.RequestId}/Suggestions");

        var names = page.QuerySelectorAll("ol.suggestions > li h2").Select(h => h.TextContent.Split(" score")[0].Trim()).ToList();
        Assert.Equal(["Gale Good"], names);
        Assert.Contains("Sam Same: Has not finished mentor training, which this program requires.", page.QuerySelector("details")!.TextContent);
        Assert.Contains("Mentor training must be finished before matching.", (await coordinator.GetPageAsync($"/Programs/{scene.ProgramId}")).QuerySelector("main")!.TextContent);
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
        var forLargeAgain = await CountAsync(large);

        Assert.Equal(forSmall, forLarge);
        Assert.True(forLarge <= 3, $"{forLarge} statements");
        // Seen again with nothing changed, the pool comes from memory: the request and its stamp in one statement.
        Assert.Equal(1, forLargeAgain);
    }

    [Fact]
    public async Task AChangeToThePool_ShowsOnTheNextView_OnAnInstanceThatHeldTheOldPool()
    {
        var scene = await SceneAsync();
        // The change below is saved through the first instance.
        var (otherInstance, coordinator) = await CoordinatorOnAnotherInstanceAsync();
        using var instance = otherInstance;
        var url = $"/Programs/{scene.ProgramId}/Requests/{scene.RequestId}/Suggestions";
        var before = await coordinator.GetPageAsync(url);
        Assert.Contains("Works in another department (Metadata and Cataloging", before.QuerySelector("ol.suggestions > li")!.TextContent);

        // Gale Good's department is renamed, and Sam Same becomes the mentee's supervisor.
        await App.WithDbAsync(async db =>
        {
            var good = await db.MentorVolunteers.Where(v => v.Id == scene.VolunteerOf("Gale Good")).Select(v => v.StaffMember!).SingleAsync(Ct);
            (await db.Departments.SingleAsync(d => d.Id == good.DepartmentId, Ct)).Rename("Digital Scholarship " + Guid.NewGuid().ToString("N")[..6]);
            var same = await db.MentorVolunteers.Where(v => v.Id == scene.VolunteerOf("Sam Same")).Select(v => v.StaffMember!).SingleAsync(Ct);
            var mentee = await db.StaffMembers.SingleAsync(s => s.WorkEmail == scene.MenteeEmail, Ct);
            mentee.SupervisorEmail = same.WorkEmail;
            await db.SaveChangesAsync(Ct);
            return 0;
        });
        var after = await coordinator.GetPageAsync(url);

        Assert.Contains("Works in another department (Digital Scholarship", after.QuerySelector("ol.suggestions > li")!.TextContent);
        Assert.Contains("Sam Same: Is the mentee's supervisor.", after.QuerySelector("details")!.TextContent);
    }

    [Fact]
    public async Task OnlyASaveTouchingThePool_RenewsItsStamp_AndARolledBackSaveKeepsIt()
    {
        var scene = await SceneAsync();
        Task<Guid> StampAsync() => App.WithDbAsync(db => db.CacheStamps.Where(s => s.Name == CacheStamp.Enrollment).Select(s => s.Stamp).SingleAsync(Ct));
        var first = await StampAsync();

        await App.WithDbAsync(async db =>
        {
            db.AuditEntries.Add(new AuditEntry(App.Clock.GetUtcNow(), null, "test", null, "Nothing the pool reads"));
            return await db.SaveChangesAsync(Ct);
        });
        var afterUnrelated = await StampAsync();
        await App.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(Ct);
            (await db.MentorVolunteers.SingleAsync(v => v.Id == scene.VolunteerOf("Gale Good"), Ct)).Capacity = 5;
            await db.SaveChangesAsync(Ct);
            await transaction.RollbackAsync(Ct);
            return 0;
        });
        var afterRollback = await StampAsync();
        await App.WithDbAsync(async db =>
        {
            (await db.MentorVolunteers.SingleAsync(v => v.Id == scene.VolunteerOf("Gale Good"), Ct)).Capacity = 5;
            return await db.SaveChangesAsync(Ct);
        });
        var afterOffer = await StampAsync();

        Assert.Equal(first, afterUnrelated);
        Assert.Equal(first, afterRollback);
        Assert.NotEqual(first, afterOffer);
    }

    [Fact]
    public async Task AFailedSave_KeepsTheStamp_AndChangesNothing()
    {
        var scene = await SceneAsync();
        Task<Guid> StampAsync() => App.WithDbAsync(db => db.CacheStamps.Where(s => s.Name == CacheStamp.Enrollment).Select(s => s.Stamp).SingleAsync(Ct));
        var first = await StampAsync();
        var taken = await App.WithDbAsync(db => db.Departments.Select(d => d.Name).FirstAsync(Ct));

        // One save, no transaction of its own: an offer changed, and a department whose name is taken (a unique key).
        await Assert.ThrowsAsync<DbUpdateException>(() => App.WithDbAsync(async db =>
        {
            (await db.MentorVolunteers.SingleAsync(v => v.Id == scene.VolunteerOf("Gale Good"), Ct)).Capacity = 7;
            db.Departments.Add(new Department(taken));
            return await db.SaveChangesAsync(Ct);
        }));

        Assert.Equal(first, await StampAsync());
        Assert.NotEqual(7, await App.WithDbAsync(db => db.MentorVolunteers.Where(v => v.Id == scene.VolunteerOf("Gale Good")).Select(v => v.Capacity).SingleAsync(Ct)));
    }

    [Fact]
    public async Task TwoSavesAtOnce_BothLand_AndEachRenewsTheStamp()
    {
        var scene = await SceneAsync();
        Task<Guid> StampAsync() => App.WithDbAsync(db => db.CacheStamps.Where(s => s.Name == CacheStamp.Enrollment).Select(s => s.Stamp).SingleAsync(Ct));
        var first = await StampAsync();
        using var scopeA = App.Services.CreateScope();
        using var scopeB = App.Services.CreateScope();
        var a = scopeA.ServiceProvider.GetRequiredService<AppDbContext>();
        var b = scopeB.ServiceProvider.GetRequiredService<AppDbContext>();
        var good = scene.VolunteerOf("Gale Good");
        var same = scene.VolunteerOf("Sam Same");

        // The first save holds its transaction open while the second, on another offer, waits for it.
        await using var held = await a.Database.BeginTransactionAsync(Ct);
        (await a.MentorVolunteers.SingleAsync(v => v.Id == good, Ct)).Capacity = 6;
        await a.SaveChangesAsync(Ct);
        var stampOfA = await a.CacheStamps.Where(s => s.Name == CacheStamp.Enrollment).Select(s => s.Stamp).SingleAsync(Ct);
        var offerOfB = await b.MentorVolunteers.SingleAsync(v => v.Id == same, Ct);
        offerOfB.Capacity = 4;
        // On a thread of its own: SQLite's provider waits for the lock synchronously, inside the call.
        var savingB = Task.Run(() => b.SaveChangesAsync(Ct), Ct);
        await Task.Delay(300, Ct);
        await held.CommitAsync(Ct);
        await savingB;

        var last = await StampAsync();
        Assert.NotEqual(first, stampOfA);
        Assert.NotEqual(stampOfA, last);
        Assert.Equal([6, 4], await App.WithDbAsync(db => db.MentorVolunteers.Where(v => v.Id == good || v.Id == same)
            .OrderBy(v => v.Id == good ? 0 : 1).Select(v => v.Capacity).ToListAsync(Ct)));
    }
}

public sealed class MatchSuggestionsTestsOnSqlite(SqliteApp fixture) : MatchSuggestionsTests(fixture), IClassFixture<SqliteApp>;

public sealed class MatchSuggestionsTestsOnPostgres(PostgresApp fixture) : MatchSuggestionsTests(fixture), IClassFixture<PostgresApp>;
