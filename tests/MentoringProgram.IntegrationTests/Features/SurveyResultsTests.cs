using System.Net;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Testing;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>Survey results (issue 15): the coordinator sees figures from submitted responses only, for everyone, by role
/// or by department, with small groups held back (and shown together when there are enough); never a name; staff cannot
/// reach them; the page costs a fixed number of statements whatever the number of responses.</summary>
public abstract class SurveyResultsTests(AppFixture fixture) : AppTests(fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Scene(ConfirmedPair Pair, int SurveyId, string Url, IReadOnlyList<string> RespondentNames);

    /// <summary>A pre survey answered by the pair's mentee and by <paramref name="circulation"/> + <paramref name="finance"/>
    /// more people (counted as mentors: they are not the pairing's mentee), each rating 4 in Circulation and 2 in Finance,
    /// choosing "Video", writing a line; and one draft that must not count. The survey is closed for the cycle unless
    /// <paramref name="closed"/> is false (results are shown only once it is).</summary>
    private async Task<Scene> SceneAsync(int circulation, int finance, bool closed = true)
    {
        var pair = await ConfirmedPair.CreateAsync(App);
        var names = new List<string>();
        var surveyId = await App.WithDbAsync(async db =>
        {
            var survey = new Survey(pair.Scene.ProgramId, SurveyKind.Pre, "Before we start " + Guid.NewGuid().ToString("N")[..6]);
            var rating = survey.AddQuestion("How confident are you about your next career step?", QuestionType.Scale, EvaluationLevel.Learning);
            var choice = survey.AddQuestion("How would you rather meet?", QuestionType.Choice, EvaluationLevel.Reaction, "In person\nVideo");
            var text = survey.AddQuestion("What do you hope for?", QuestionType.Text, EvaluationLevel.Reaction);
            db.Surveys.Add(survey);
            var circ = new Department("Circulation " + Guid.NewGuid().ToString("N")[..6]);
            var fin = new Department("Finance " + Guid.NewGuid().ToString("N")[..6]);
            db.Departments.AddRange(circ, fin);
            await db.SaveChangesAsync(Ct);
            var pairing = await db.Pairings.SingleAsync(p => p.Id == pair.PairingId, Ct);
            var people = Enumerable.Range(0, circulation + finance + 1).Select(i =>
            {
                var person = new StaffMember($"Respondent{i} Canary{Guid.NewGuid().ToString("N")[..6]}", Unique("respondent")) { DepartmentId = i < circulation ? circ.Id : fin.Id };
                names.Add(person.FullName);
                return person;
            }).ToList();
            db.StaffMembers.AddRange(people);
            await db.SaveChangesAsync(Ct);
            var now = App.Clock.GetUtcNow();
            foreach (var (person, i) in people.Select((p, i) => (p, i)))
            {
                var response = new SurveyResponse(survey.Id, pair.Scene.CycleId, pair.PairingId, person.Id);
                response.Answer(rating.Id, i < circulation ? 4 : 2, null);
                response.Answer(choice.Id, 2, null);
                response.Answer(text.Id, null, $"Hope number {i:00}");
                if (i < circulation + finance)
                {
                    response.Submit(now);
                }
                db.SurveyResponses.Add(response);
            }
            var mentee = new SurveyResponse(survey.Id, pair.Scene.CycleId, pair.PairingId, pairing.MenteeStaffId);
            mentee.Answer(rating.Id, 1, null);
            mentee.Answer(choice.Id, 1, null);
            mentee.Submit(now);
            db.SurveyResponses.Add(mentee);
            if (closed)
            {
                db.SurveyClosings.Add(new SurveyClosing(survey.Id, pair.Scene.CycleId, now, null));
            }
            await db.SaveChangesAsync(Ct);
            return survey.Id;
        });
        return new Scene(pair, surveyId, $"/Programs/{pair.Scene.ProgramId}/Cycles/{pair.Scene.CycleId}/Surveys/{surveyId}/Results", names);
    }

    private async Task<AppClient> CoordinatorAsync()
    {
        var email = Unique("coord");
        await App.CreateUserAsync(email, coordinator: true);
        return await LoginAsync(email);
    }

    private static string[][] Rows(AngleSharp.Dom.IElement section) =>
        [.. section.QuerySelectorAll("tbody tr").Select(tr => tr.Children.Select(c => c.TextContent.Trim()).ToArray())];

    [Fact]
    public async Task TheCoordinatorSeesFiguresForEveryone_FromSubmittedResponsesOnly_AndNoName()
    {
        var scene = await SceneAsync(circulation: 6, finance: 5);
        var coordinator = await CoordinatorAsync();

        var page = await coordinator.GetPageAsync(scene.Url);

        var sections = page.QuerySelectorAll("main section").ToList();
        Assert.Equal(3, sections.Count);
        // 12 submitted: 6 rated 4, 5 rated 2, the mentee 1. The draft (13th) is not counted.
        Assert.Contains("12 submitted responses", page.QuerySelector("main")!.TextContent);
        Assert.Equal([["Everyone", "12", "2.9", "1", "5", "0", "6", "0"]], Rows(sections[0]));
        Assert.Equal([["Everyone", "12", "1", "11"]], Rows(sections[1]));
        var written = sections[2].QuerySelectorAll("li").Select(li => li.TextContent).ToList();
        Assert.Equal(11, written.Count);
        Assert.Equal(written.Order(StringComparer.Ordinal), written);
        Assert.DoesNotContain("Hope number 11", written);
        var html = page.DocumentElement.OuterHtml;
        Assert.All(scene.RespondentNames, name => Assert.DoesNotContain(name, html));
        Assert.DoesNotContain("Mina Mentee", html);
    }

    [Fact]
    public async Task ByDepartment_ASmallGroupIsHeldBackWithTheNextSmallest_AndTheyAreShownOnlyTogether()
    {
        // Circulation 6 (rated 4), Finance 5 (rated 2) plus the mentee's own department (1, rated 1).
        var scene = await SceneAsync(circulation: 6, finance: 5);
        var coordinator = await CoordinatorAsync();

        var page = await coordinator.GetPageAsync(scene.Url + "?by=Department");

        var rating = Rows(page.QuerySelectorAll("main section")[0]);
        Assert.Equal(2, rating.Length);
        Assert.StartsWith("Circulation ", rating[0][0]);
        Assert.Equal(["6", "4.0"], rating[0][1..3]);
        Assert.Equal(["Other groups together", "6", "1.8"], rating[1][..3]);
        Assert.Contains("2 groups held back as too small.", page.QuerySelectorAll("main section")[0].TextContent);
        Assert.Contains("listed only for everyone", page.QuerySelectorAll("main section")[2].TextContent);
        Assert.Equal("page", page.QuerySelector("nav[aria-label='Break down by'] [aria-current]")!.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task ByRole_OneMenteeIsNeverShownAlone_NorByTakingTheMentorsFromEveryone()
    {
        var scene = await SceneAsync(circulation: 6, finance: 5);
        var coordinator = await CoordinatorAsync();

        var page = await coordinator.GetPageAsync(scene.Url + "?by=Role");

        var rating = Rows(page.QuerySelectorAll("main section")[0]);
        // Mentees (1) held back, so Mentors (11) must be too: everyone minus mentors would be the one mentee.
        Assert.Equal([["Other groups together", "12", "2.9", "1", "5", "0", "6", "0"]], rating);
        Assert.DoesNotContain(">Mentees<", page.DocumentElement.OuterHtml);
    }

    [Fact]
    public async Task FewerRespondentsThanTheMinimum_ShowNoFigures()
    {
        var scene = await SceneAsync(circulation: 2, finance: 1);
        var coordinator = await CoordinatorAsync();

        var page = await coordinator.GetPageAsync(scene.Url);

        Assert.Contains("Fewer than 5 people submitted this survey", page.QuerySelector("main")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("main section"));
    }

    [Fact]
    public async Task AnUnknownBreakdownIsSaid_AndEveryoneIsShown()
    {
        var scene = await SceneAsync(circulation: 6, finance: 0);
        var coordinator = await CoordinatorAsync();

        var page = await coordinator.GetPageAsync(scene.Url + "?by=Salary");

        Assert.Contains("There is no breakdown \"Salary\"", page.QuerySelector("[role=status]")!.TextContent);
        Assert.Equal("Everyone", Rows(page.QuerySelectorAll("main section")[0])[0][0]);
    }

    [Fact]
    public async Task TheResponsesExportWithNoNames_NotInTheOrderTheyCame_WithFormulaCellsNeutralised()
    {
        var scene = await SceneAsync(circulation: 6, finance: 5);
        await App.WithDbAsync(async db =>
        {
            // One respondent wrote something a spreadsheet would run.
            var answer = await db.SurveyResponses.Where(r => r.SurveyId == scene.SurveyId && r.SubmittedAt != null).SelectMany(r => r.Answers)
                .Where(a => a.TextValue == "Hope number 03").SingleAsync(Ct);
            db.Entry(answer).Property(a => a.TextValue).CurrentValue = "=HYPERLINK(\"http://evil.test\")";
            return await db.SaveChangesAsync(Ct);
        });
        var coordinator = await CoordinatorAsync();

        var csv = await coordinator.GetAsync(scene.Url.Replace("/Results", "/Responses.csv"));

        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var text = (await csv.Content.ReadAsStringAsync(Ct)).Trim('\uFEFF');
        var lines = text.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("How confident are you about your next career step?,How would you rather meet?,What do you hope for?", lines[0]);
        Assert.Equal(13, lines.Length);
        Assert.Contains("4,Video,Hope number 00", lines);
        Assert.Contains("1,In person,", lines);
        Assert.Contains("4,Video,\"'=HYPERLINK(\"\"http://evil.test\"\")\"", lines);
        Assert.Equal(lines.Skip(1).Order(StringComparer.Ordinal), lines.Skip(1));
        Assert.All(scene.RespondentNames, name => Assert.DoesNotContain(name, text));
        Assert.Contains("Responses.csv", (await coordinator.GetPageAsync(scene.Url)).QuerySelector("main")!.InnerHtml);
    }

    [Fact]
    public async Task FewerResponsesThanTheMinimum_ExportOnlyTheHeader()
    {
        var scene = await SceneAsync(circulation: 2, finance: 1);
        var coordinator = await CoordinatorAsync();

        var csv = await coordinator.GetAsync(scene.Url.Replace("/Results", "/Responses.csv"));

        var lines = (await csv.Content.ReadAsStringAsync(Ct)).Trim('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Single(lines);
    }

    [Fact]
    public async Task AnOpenSurvey_ShowsOnlyTheNumberSoFar_AndExportsNoRow_UntilTheCoordinatorClosesIt()
    {
        var scene = await SceneAsync(circulation: 6, finance: 5, closed: false);
        var coordinator = await CoordinatorAsync();

        var open = await coordinator.GetPageAsync(scene.Url + "?by=Department");
        Assert.Contains("12 responses submitted so far", open.QuerySelector("main")!.TextContent);
        Assert.Empty(open.QuerySelectorAll("main table"));
        Assert.Null(open.QuerySelector("main a[href$='Responses.csv']"));
        var csv = await coordinator.GetAsync(scene.Url.Replace("/Results", "/Responses.csv"));
        Assert.Single((await csv.Content.ReadAsStringAsync(Ct)).Trim('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries));

        var closing = await coordinator.SubmitAsync(scene.Url, [], "main section form");
        Assert.Equal(HttpStatusCode.Redirect, closing.StatusCode);
        var closed = await coordinator.GetPageAsync(scene.Url);
        Assert.Contains("Survey closed for this cycle", closed.QuerySelector("[role=status]")!.TextContent);
        Assert.Contains("12 submitted responses", closed.QuerySelector("main")!.TextContent);
        Assert.Equal(3, closed.QuerySelectorAll("main section").Length);
        Assert.Null(closed.QuerySelector("main form"));
        csv = await coordinator.GetAsync(scene.Url.Replace("/Results", "/Responses.csv"));
        Assert.Equal(13, (await csv.Content.ReadAsStringAsync(Ct)).Trim('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);

        // Closing again (a second tab) changes nothing; the closing is audited once.
        var token = await coordinator.TokenAsync(scene.Url);
        Assert.Equal(HttpStatusCode.Redirect, (await coordinator.PostAsync(scene.Url.Replace("/Results", "/Close"), [new("__RequestVerificationToken", token)])).StatusCode);
        Assert.Contains("already closed", (await coordinator.GetPageAsync(scene.Url)).QuerySelector("[role=status]")!.TextContent);
        Assert.Equal(1, await App.WithDbAsync(db => db.SurveyClosings.CountAsync(c => c.SurveyId == scene.SurveyId, Ct)));
        Assert.Equal(1, await App.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Action == "survey.closed" && a.Subject == $"survey:{scene.SurveyId}", Ct)));
    }

    [Fact]
    public async Task ClosingASurvey_StopsItsAnswersInThatCycle()
    {
        var scene = await SceneAsync(circulation: 6, finance: 0, closed: false);
        var answerPage = $"{scene.Pair.Page}/Surveys/{scene.SurveyId}";
        var mentor = await LoginAsync(scene.Pair.MentorEmail);
        Assert.Equal(HttpStatusCode.OK, (await mentor.GetAsync(answerPage)).StatusCode);
        var token = await mentor.TokenAsync(answerPage);

        var coordinator = await CoordinatorAsync();
        await coordinator.SubmitAsync(scene.Url, [], "main section form");

        Assert.Equal(HttpStatusCode.NotFound, (await mentor.GetAsync(answerPage)).StatusCode);
        var late = await mentor.PostAsync(answerPage, [new("__RequestVerificationToken", token), new("Intent", "draft")]);
        Assert.Equal(HttpStatusCode.NotFound, late.StatusCode);
        Assert.False(await App.WithDbAsync(db => db.SurveyResponses.AnyAsync(r => r.SurveyId == scene.SurveyId
            && db.StaffMembers.Any(s => s.Id == r.StaffMemberId && s.WorkEmail == scene.Pair.MentorEmail), Ct)));
    }

    [Fact]
    public async Task AnotherProgramsCycle_CannotBeClosedThroughThisSurvey()
    {
        var scene = await SceneAsync(circulation: 6, finance: 0, closed: false);
        var other = await SceneAsync(circulation: 6, finance: 0, closed: false);
        var coordinator = await CoordinatorAsync();
        var token = await coordinator.TokenAsync(scene.Url);

        var p = scene.Pair.Scene;
        var response = await coordinator.PostAsync($"/Programs/{p.ProgramId}/Cycles/{other.Pair.Scene.CycleId}/Surveys/{scene.SurveyId}/Close", [new("__RequestVerificationToken", token)]);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, await App.WithDbAsync(db => db.SurveyClosings.CountAsync(c => c.SurveyId == scene.SurveyId, Ct)));
    }

    [Fact]
    public async Task StaffCannotReachResults_AndAnotherProgramsSurveyOrCycleIsNotFound()
    {
        var scene = await SceneAsync(circulation: 6, finance: 0);
        var mentee = await LoginAsync(scene.Pair.MenteeEmail);
        Assert.NotEqual(HttpStatusCode.OK, (await mentee.GetAsync(scene.Url)).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await mentee.GetAsync($"/Programs/{scene.Pair.Scene.ProgramId}/Cycles/{scene.Pair.Scene.CycleId}/Surveys")).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await mentee.GetAsync(scene.Url.Replace("/Results", "/Responses.csv"))).StatusCode);

        var other = await SceneAsync(circulation: 6, finance: 0);
        var coordinator = await CoordinatorAsync();
        var p = scene.Pair.Scene;
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/Programs/{p.ProgramId}/Cycles/{p.CycleId}/Surveys/{other.SurveyId}/Results")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/Programs/{p.ProgramId}/Cycles/{other.Pair.Scene.CycleId}/Surveys/{scene.SurveyId}/Results")).StatusCode);

        var list = await coordinator.GetPageAsync($"/Programs/{p.ProgramId}/Cycles/{p.CycleId}/Surveys");
        var row = list.QuerySelectorAll("tbody tr").Single(tr => tr.QuerySelector($"a[href='{scene.Url}']") is not null);
        Assert.Equal("7", row.Children[3].TextContent.Trim());
    }

    [Fact]
    public async Task TheResultsPageAndTheSurveyList_CostTheSameFewStatements_HoweverManyResponses()
    {
        var counter = new StatementCounter();
        using var counted = App.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.ConfigureDbContext<SqliteAppDbContext>(o => o.AddInterceptors(counter));
            s.ConfigureDbContext<PostgresAppDbContext>(o => o.AddInterceptors(counter));
        }));
        var email = Unique("coord");
        await App.CreateUserAsync(email, coordinator: true);
        var coordinator = new AppClient(counted.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false }));
        await coordinator.LoginAsync(email, TestAppFactory.Password);

        async Task<int[]> CountAsync(Scene scene)
        {
            var counts = new List<int>();
            foreach (var url in new[] { scene.Url, scene.Url + "?by=Department", $"/Programs/{scene.Pair.Scene.ProgramId}/Cycles/{scene.Pair.Scene.CycleId}/Surveys" })
            {
                counter.Clear();
                counter.Counting = true;
                var response = await coordinator.GetAsync(url);
                counter.Counting = false;
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                counts.Add(counter.Statements.Count);
            }
            return [.. counts];
        }

        var few = await CountAsync(await SceneAsync(circulation: 5, finance: 0));
        var many = await CountAsync(await SceneAsync(circulation: 40, finance: 30));

        Assert.Equal(few, many);
        Assert.All(many, count => Assert.True(count <= 3, $"{count} statements"));
    }
}

public sealed class SurveyResultsTestsOnSqlite(SqliteApp fixture) : SurveyResultsTests(fixture), IClassFixture<SqliteApp>;

public sealed class SurveyResultsTestsOnPostgres(PostgresApp fixture) : SurveyResultsTests(fixture), IClassFixture<PostgresApp>;
