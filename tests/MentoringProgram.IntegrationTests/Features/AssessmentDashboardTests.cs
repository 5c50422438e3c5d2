using System.Globalization;
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

/// <summary>The assessment dashboard (issue 15): a cycle's figures from real rows, the pre-to-post change by evaluation
/// level with small groups held back, the same figures as CSV with formula cells neutralised, a fixed number of
/// statements, and coordinators only.</summary>
public abstract class AssessmentDashboardTests(AppFixture fixture) : AppTests(fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Url(ConfirmedPair pair) => $"/Programs/{pair.Scene.ProgramId}/Cycles/{pair.Scene.CycleId}/Assessment";

    /// <summary>A confirmed pair, plus pre and post surveys answered by <paramref name="people"/> staff: a learning rating
    /// from 2 to 4 by everyone, a behaviour rating from 1 to 3 by all but one; both surveys closed for the cycle unless
    /// <paramref name="closed"/> is false.</summary>
    private async Task<ConfirmedPair> SceneAsync(int people, bool closed = true)
    {
        var pair = await ConfirmedPair.CreateAsync(App);
        await App.WithDbAsync(async db =>
        {
            var pre = new Survey(pair.Scene.ProgramId, SurveyKind.Pre, "Before");
            var post = new Survey(pair.Scene.ProgramId, SurveyKind.Post, "After");
            foreach (var survey in new[] { pre, post })
            {
                survey.AddQuestion("I know where my career could go next.", QuestionType.Scale, EvaluationLevel.Learning);
                survey.AddQuestion("I ask colleagues in other departments for help.", QuestionType.Scale, EvaluationLevel.Behaviour);
            }
            db.Surveys.AddRange(pre, post);
            var staff = Enumerable.Range(0, people).Select(i => new StaffMember($"Assessed{i} Person", Unique("assessed"))).ToList();
            db.StaffMembers.AddRange(staff);
            await db.SaveChangesAsync(Ct);
            var now = App.Clock.GetUtcNow();
            foreach (var (person, i) in staff.Select((p, i) => (p, i)))
            {
                foreach (var (survey, learning, behaviour) in new[] { (pre, 2, 1), (post, 4, 3) })
                {
                    var response = new SurveyResponse(survey.Id, pair.Scene.CycleId, pair.PairingId, person.Id);
                    var questions = survey.Questions.OrderBy(q => q.Order).ToList();
                    response.Answer(questions[0].Id, learning, null);
                    if (i > 0)
                    {
                        response.Answer(questions[1].Id, behaviour, null);
                    }
                    response.Submit(now);
                    db.SurveyResponses.Add(response);
                }
            }
            if (closed)
            {
                db.SurveyClosings.AddRange(new SurveyClosing(pre.Id, pair.Scene.CycleId, now, null), new SurveyClosing(post.Id, pair.Scene.CycleId, now, null));
            }
            return await db.SaveChangesAsync(Ct);
        });
        return pair;
    }

    private async Task<AppClient> CoordinatorAsync()
    {
        var email = Unique("coord");
        await App.CreateUserAsync(email, coordinator: true);
        return await LoginAsync(email);
    }

    private static string[] Row(AngleSharp.Dom.IDocument page, string tableLabel, string rowHeader) =>
        [.. page.QuerySelectorAll("table").Where(t => t.QuerySelector("caption")!.TextContent == tableLabel)
            .SelectMany(t => t.QuerySelectorAll("tbody tr")).Single(tr => tr.QuerySelector("th")!.TextContent.StartsWith(rowHeader, StringComparison.Ordinal))
            .Children.Skip(1).Select(c => c.TextContent.Trim())];

    [Fact]
    public async Task TheDashboardShowsTheCyclesFigures_AndTheChangeOnlyForLevelsWithEnoughPeople()
    {
        var pair = await SceneAsync(people: 5);
        var coordinator = await CoordinatorAsync();

        var page = await coordinator.GetPageAsync(Url(pair));

        Assert.Equal(["1"], Row(page, "Requests and volunteers", "Requests for a mentor"));
        Assert.Equal(["1"], Row(page, "Requests and volunteers", "Matched"));
        Assert.Equal([pair.Scene.Mentors.Count.ToString()], Row(page, "Requests and volunteers", "Mentor volunteers"));
        Assert.Equal(["1"], Row(page, "Pairs by status", "Active"));
        Assert.Equal(["0"], Row(page, "Pairs by status", "Dissolved"));
        Assert.Contains("waited 0 days for its match", page.QuerySelector("#pairs")!.ParentElement!.TextContent);
        Assert.Equal(["5", "2.00", "4.00", "+2.00", "5"], Row(page, "Change by evaluation level", "learning"));
        Assert.Equal(["4", "Held back: fewer than 5 people"], Row(page, "Change by evaluation level", "behaviour"));
        Assert.NotEmpty(page.QuerySelectorAll("section[aria-labelledby=topics] tbody tr"));
        Assert.NotNull(page.QuerySelector("script[src^='/lib/chart.js/chart.umd.min.js']"));
        Assert.DoesNotContain("Assessed0 Person", page.DocumentElement.OuterHtml);
        Assert.DoesNotContain("Mina Mentee", page.DocumentElement.OuterHtml);
    }

    [Fact]
    public async Task TheChangeIsShownOnlyOnceThePreAndPostSurveysAreClosed_OnThePageAndInTheCsv()
    {
        var pair = await SceneAsync(people: 5, closed: false);
        var coordinator = await CoordinatorAsync();

        var open = await coordinator.GetPageAsync(Url(pair));
        Assert.Empty(open.QuerySelectorAll("section[aria-labelledby=change] table"));
        Assert.Contains("Shown once every pre and post survey of the program is closed", open.QuerySelector("section[aria-labelledby=change]")!.TextContent);
        var csv = await (await coordinator.GetAsync(Url(pair) + ".csv")).Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain("Pre-to-post", csv, StringComparison.Ordinal);

        // Only the pre survey closed: the post answers could still grow, so nothing yet.
        var surveys = await App.WithDbAsync(db => db.Surveys.Where(s => s.ProgramId == pair.Scene.ProgramId).OrderBy(s => s.Kind).Select(s => s.Id).ToListAsync(Ct));
        var results = $"/Programs/{pair.Scene.ProgramId}/Cycles/{pair.Scene.CycleId}/Surveys/{{0}}/Results";
        await coordinator.SubmitAsync(string.Format(CultureInfo.InvariantCulture, results, surveys[0]), [], "main section form");
        Assert.Empty((await coordinator.GetPageAsync(Url(pair))).QuerySelectorAll("section[aria-labelledby=change] table"));

        await coordinator.SubmitAsync(string.Format(CultureInfo.InvariantCulture, results, surveys[1]), [], "main section form");
        Assert.Equal(["5", "2.00", "4.00", "+2.00", "5"], Row(await coordinator.GetPageAsync(Url(pair)), "Change by evaluation level", "learning"));
    }

    [Fact]
    public async Task TheFiguresExportAsCsv_WithFormulaCellsNeutralised_AndHeldBackLevelsLeftOut()
    {
        var pair = await SceneAsync(people: 5);
        await App.WithDbAsync(async db =>
        {
            // A topic named like a formula, offered by one of the scene's mentors.
            var topic = new Topic("=HYPERLINK(\"http://evil.test\")" + Guid.NewGuid().ToString("N")[..4]);
            db.Topics.Add(topic);
            await db.SaveChangesAsync(Ct);
            var offer = await db.MentorVolunteers.Include(v => v.Topics).FirstAsync(v => v.CycleId == pair.Scene.CycleId && v.Status == VolunteerStatus.Approved, Ct);
            offer.SetTopics([.. offer.Topics.Select(t => t.TopicId), topic.Id]);
            return await db.SaveChangesAsync(Ct);
        });
        var coordinator = await CoordinatorAsync();

        var csv = await coordinator.GetAsync(Url(pair) + ".csv");

        Assert.Equal("text/csv", csv.Content.Headers.ContentType!.MediaType);
        var lines = (await csv.Content.ReadAsStringAsync(Ct)).Trim('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("Figure,Group,Value", lines[0]);
        Assert.Contains("Pairs,Active,1", lines);
        Assert.Contains("Pre-to-post mean after,Learning,4.00", lines);
        Assert.DoesNotContain(lines, l => l.StartsWith("Pre-to-post mean", StringComparison.Ordinal) && l.Contains("Behaviour"));
        Assert.Contains(lines, l => l.StartsWith("Topic mentors,\"'=HYPERLINK(", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(",=HYPERLINK") || l.Contains(",\"=HYPERLINK"));
    }

    [Fact]
    public async Task StaffCannotReachTheDashboard_AndAnotherProgramsCycleIsNotFound()
    {
        var pair = await SceneAsync(people: 1);
        var other = await ConfirmedPair.CreateAsync(App);
        var mentee = await LoginAsync(pair.MenteeEmail);
        Assert.NotEqual(HttpStatusCode.OK, (await mentee.GetAsync(Url(pair))).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await mentee.GetAsync(Url(pair) + ".csv")).StatusCode);

        var coordinator = await CoordinatorAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/Programs/{pair.Scene.ProgramId}/Cycles/{other.Scene.CycleId}/Assessment")).StatusCode);
    }

    [Fact]
    public async Task TheDashboardCostsTheSameStatements_HoweverManyPeopleAnswered()
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

        async Task<int> CountAsync(ConfirmedPair pair)
        {
            counter.Clear();
            counter.Counting = true;
            var response = await coordinator.GetAsync(Url(pair));
            counter.Counting = false;
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            return counter.Statements.Count;
        }

        var few = await CountAsync(await SceneAsync(people: 2));
        var many = await CountAsync(await SceneAsync(people: 40));

        Assert.Equal(few, many);
        Assert.True(many <= 9, $"{many} statements");
    }
}

public sealed class AssessmentDashboardTestsOnSqlite(SqliteApp fixture) : AssessmentDashboardTests(fixture), IClassFixture<SqliteApp>;

public sealed class AssessmentDashboardTestsOnPostgres(PostgresApp fixture) : AssessmentDashboardTests(fixture), IClassFixture<PostgresApp>;
