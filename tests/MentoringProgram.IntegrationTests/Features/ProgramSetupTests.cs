using System.Net;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.IntegrationTests.Features;

public abstract class ProgramSetupTests(AppFixture fixture) : AppTests(fixture)
{
    private async Task<AppClient> CoordinatorAsync()
    {
        var email = Unique("coord");
        await App.CreateUserAsync(email, coordinator: true);
        return await LoginAsync(email);
    }

    [Fact]
    public async Task CreateFromTemplate_KeepsTheTemplatesRules_AndOpensTheFirstCycle()
    {
        var client = await CoordinatorAsync();
        var name = "Peer Connections " + Guid.NewGuid().ToString("N")[..6];
        var page = await client.GetPageAsync("/Programs/Create?template=peer-connections");
        var values = AppClient.FormValues(page).Where(v => v.Key != "Command.Program.Name").ToList();
        values.Add(new("Command.Program.Name", name));

        var response = await client.SubmitAsync("/Programs/Create?template=peer-connections", values);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var program = await App.WithDbAsync(db => db.Programs.Include(p => p.Cycles).Include(p => p.Topics).SingleAsync(p => p.Name == name, TestContext.Current.CancellationToken));
        Assert.Equal(new TermLength(3, TermUnit.Semesters), program.Term);
        Assert.True(program.Renewable);
        Assert.Equal(25m, program.LunchAllowance);
        Assert.Equal(CadenceRule.ContactEverySixWeeks.Describe(), program.Cadence.Describe());
        Assert.Equal(ProgramStatus.Active, program.Status);
        Assert.Equal(6, program.Topics.Count);
        var cycle = Assert.Single(program.Cycles);
        Assert.True(cycle.Enrollment.IsOpenOn(App.Clock.TodayIn(TimeZoneInfo.Utc)));
        Assert.Equal(cycle.TermStarts.AddMonths(12).AddDays(-1), cycle.TermEnds);
    }

    [Fact]
    public async Task Create_WithBadInput_ShowsEachMessage_KeepsWhatWasTyped_AndSavesNothing()
    {
        var client = await CoordinatorAsync();
        var name = "Half Written " + Guid.NewGuid().ToString("N")[..6];
        var page = await client.GetPageAsync("/Programs/Create?template=staff-mentoring");
        var replaced = new Dictionary<string, string>
        {
            ["Command.Program.Name"] = name,
            ["Command.Program.Expectations"] = "",
            ["Command.Program.TermCount"] = "40",
            ["Command.Program.DefaultMentorCapacity"] = "0",
            ["Command.Program.Phases[0].ForCount"] = "",
            ["Command.Cycle.EnrollmentDeadline"] = "2020-01-01",
            ["Command.Program.MenteeChoices"] = "abc",
            ["Command.Program.MentorAnswerDays"] = "",
        };
        var values = AppClient.FormValues(page).Where(v => !replaced.ContainsKey(v.Key) && v.Key != "Command.Program.TopicIds").ToList();
        values.AddRange(replaced);

        var response = await client.SubmitAsync("/Programs/Create", values);
        var result = await AppClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Write the expectations applicants must read and accept.", AppClient.FieldError(result, "Command.Program.Expectations"));
        Assert.Equal("A term is 1 to 36 months.", AppClient.FieldError(result, "Command.Program.TermCount"));
        Assert.Equal("A mentor takes 1 to 10 mentees.", AppClient.FieldError(result, "Command.Program.DefaultMentorCapacity"));
        Assert.Equal("Choose at least one topic.", AppClient.FieldError(result, "Command.Program.TopicIds"));
        Assert.Contains("Only the last rhythm", AppClient.FieldError(result, "Command.Program.Phases"));
        Assert.Equal("The deadline cannot be before enrollment opens.", AppClient.FieldError(result, "Command.Cycle.EnrollmentDeadline"));
        // Text that is not a number, and an empty number, in plain words: never the field's name in the code.
        Assert.Equal("\"abc\" is not a value this field takes: check what you typed.", AppClient.FieldError(result, "Command.Program.MenteeChoices"));
        Assert.Equal("Fill this in.", AppClient.FieldError(result, "Command.Program.MentorAnswerDays"));
        Assert.Equal("abc", result.QuerySelector("input[name='Command.Program.MenteeChoices']")!.GetAttribute("value"));
        Assert.Equal(name, result.QuerySelector("input[name='Command.Program.Name']")!.GetAttribute("value"));
        Assert.False(await App.WithDbAsync(db => db.Programs.AnyAsync(p => p.Name == name, TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task ExtendingTheDeadline_ReopensEnrollment_AndBadDatesAreRefused()
    {
        var client = await CoordinatorAsync();
        var programId = await App.CreateProgramAsync(opensInDays: -30, closesInDays: -2);
        var cycleId = await App.WithDbAsync(db => db.ProgramCycles.Where(c => c.ProgramId == programId).Select(c => c.Id).SingleAsync(TestContext.Current.CancellationToken));
        var today = App.Today();
        var url = $"/Programs/{programId}/Cycles/{cycleId}/Edit";

        var bad = await AppClient.ParseAsync(await client.SubmitAsync(url, [new("Name", "Current"), new("EnrollmentOpens", today.AddDays(-30).ToString("yyyy-MM-dd")),
            new("EnrollmentDeadline", today.AddDays(-40).ToString("yyyy-MM-dd")), new("TermStarts", today.AddDays(20).ToString("yyyy-MM-dd"))]));
        Assert.Equal("The deadline cannot be before enrollment opens.", AppClient.FieldError(bad, "EnrollmentDeadline"));

        var saved = await client.SubmitAsync(url, [new("Name", "Current"), new("EnrollmentOpens", today.AddDays(-30).ToString("yyyy-MM-dd")),
            new("EnrollmentDeadline", today.AddDays(7).ToString("yyyy-MM-dd")), new("TermStarts", today.AddDays(20).ToString("yyyy-MM-dd"))]);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var cycle = await App.WithDbAsync(db => db.ProgramCycles.SingleAsync(c => c.Id == cycleId, TestContext.Current.CancellationToken));
        Assert.True(cycle.Enrollment.IsOpenOn(today));
        Assert.Equal(today.AddDays(20).AddMonths(12).AddDays(-1), cycle.TermEnds);
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/Programs/{programId + 1000}/Cycles/{cycleId}/Edit")).StatusCode);
    }

    [Fact]
    public async Task Topics_DuplicateName_IsRefusedNextToTheField()
    {
        var client = await CoordinatorAsync();
        var response = await client.SubmitAsync("/Topics", [new("Form.Name", "Career planning"), new("Form.SortOrder", "1"), new("Form.IsActive", "true")]);
        var page = await AppClient.ParseAsync(response);

        Assert.Equal("There is already a topic with that name.", AppClient.FieldError(page, "Form.Name"));
    }

    [Fact]
    public async Task Departments_AddThenRename()
    {
        var client = await CoordinatorAsync();
        var name = "Preservation " + Guid.NewGuid().ToString("N")[..6];
        Assert.Equal(HttpStatusCode.Redirect, (await client.SubmitAsync("/Departments", [new("Form.Name", name)])).StatusCode);
        var id = await App.WithDbAsync(db => db.Departments.Where(d => d.Name == name).Select(d => d.Id).SingleAsync(TestContext.Current.CancellationToken));

        await client.SubmitAsync($"/Departments?edit={id}", [new("Form.Id", id.ToString()), new("Form.Name", name + " Lab")]);

        Assert.Equal(name + " Lab", await App.WithDbAsync(db => db.Departments.Where(d => d.Id == id).Select(d => d.Name).SingleAsync(TestContext.Current.CancellationToken)));
    }
}

public sealed class ProgramSetupTestsOnSqlite(SqliteApp fixture) : ProgramSetupTests(fixture), IClassFixture<SqliteApp>;

public sealed class ProgramSetupTestsOnPostgres(PostgresApp fixture) : ProgramSetupTests(fixture), IClassFixture<PostgresApp>;
