using System.Globalization;
using MentoringProgram.Testing;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Assessment;
using MentoringProgram.Web.Features.Matching;
using MentoringProgram.Web.Features.Reminders;
using MentoringProgram.Web.Features.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MentoringProgram.BrowserTests;

/// <summary>Issue 15's "Done means", clicked through with an axe and html-validate check on every page visited: the
/// coordinator shapes the pre survey in the builder (renames it, adds a question of each kind with what it measures, moves
/// one); six pairs (mentees in one department, mentors in two others) are asked it once confirmed, a mentee answering on
/// her phone and the others through the app's own handler; the post survey is asked only when the clock reaches the end
/// of the terms and the daily job completes them. The coordinator sees only the number of responses until she closes
/// each survey for the cycle, then reads the results for everyone and by department (the
/// two small departments held back together), the assessment dashboard's charts and the tables behind them, and downloads
/// both CSVs (no names, formula cells neutralised). A resource written with script renders its Markdown and runs nothing,
/// and the mentee's certificate prints (and prints to PDF) without the site's navigation.</summary>
public sealed class AssessmentJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private const string Formula = "=HYPERLINK(\"http://evil.test\")";
    private const string RiskyTopic = "=Risky topic";
    private static readonly string[] Mentors = ["Ada Archive", "Ben Budget", "Cal Catalog", "Dee Digital", "Eve Exhibit", "Fay Folio"];
    private static readonly string[] Mentees = ["Mina Mentee", "Noor Newman", "Omar Onboard", "Pia Page", "Quin Query", "Rui Reader"];

    [Fact]
    public async Task TheCoordinatorBuildsASurvey_ParticipantsAnswerAtTheirMoment_AndTheResultsDashboardAndCertificateFollow()
    {
        var topicIndex = await fixture.App.WithDbAsync(async db =>
        {
            db.Topics.Add(new Topic(RiskyTopic, sortOrder: 10_000));
            await db.SaveChangesAsync(Ct);
            return await db.Topics.CountAsync(Ct) - 1;
        });
        // Mentees all in the first department; four mentors in the second and two in the third.
        var cast = await JourneyCast.CreateAsync(fixture.App, "Assessment journey", ProgramTemplates.All[0].Settings,
            [.. Mentors.Select((name, i) => new JourneyCast.Mentor(name, i < 4 ? 1 : 2, [0, 1], 1))],
            [.. Mentees.Select(name => new JourneyCast.Mentee(name, 0, [0, topicIndex]))],
            mentee => $"{mentee} wants to find her way around the library.", Ct);
        foreach (var email in cast.Emails.Values)
        {
            await fixture.App.CreateUserAsync(email);
        }
        var coordinatorEmail = $"coord.{Guid.NewGuid():N}"[..14] + "@library.test";
        await fixture.App.CreateUserAsync(coordinatorEmail, coordinator: true);
        var (surveys, pairings) = await fixture.App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<Web.Data.AppDbContext>();
            var defaults = DefaultSurveys.For(cast.ProgramId);
            db.Surveys.AddRange(defaults);
            await db.SaveChangesAsync(Ct);
            var offers = await db.MentorVolunteers.Where(v => v.CycleId == cast.CycleId).Select(v => new { v.Id, v.StaffMember!.FullName }).ToListAsync(Ct);
            var made = new Dictionary<string, int>();
            for (var i = 0; i < Mentees.Length; i++)
            {
                var offer = offers.Single(o => o.FullName == Mentors[i]).Id;
                var proposed = await sp.GetRequiredService<ProposeMatch.Handler>().HandleAsync(cast.ProgramId, cast.Requests[Mentees[i]], offer, null, Ct);
                await sp.GetRequiredService<ConfirmMatch.Handler>().HandleAsync(cast.ProgramId, proposed.MatchId!.Value, new ConfirmMatch.Command(), null, Ct);
                made[Mentees[i]] = proposed.MatchId!.Value;
            }
            return (defaults.ToDictionary(s => s.Kind, s => s.Id), made);
        });

        // The coordinator shapes the pre survey.
        var coordinator = await fixture.LogInAsync(coordinatorEmail);
        await coordinator.GotoAsync($"/Programs/{cast.ProgramId}");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Surveys", Exact = true }).ClickAsync();
        await Assertions.Expect(coordinator.Locator("main h1")).ToHaveTextAsync($"Surveys of {cast.ProgramName}");
        await Accessibility.AssertNoViolationsAsync(coordinator);
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Before your mentoring starts" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(coordinator);
        await coordinator.GetByLabel("Title").FillAsync("Before we begin");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Save the title" }).ClickAsync();
        await Assertions.Expect(coordinator.Locator("main h1")).ToHaveTextAsync("Before we begin");
        await AddQuestionAsync(coordinator, "How ready do you feel to start?", "a rating from 1 to 5", SurveyWords.Level(EvaluationLevel.Learning), null);
        await AddQuestionAsync(coordinator, "How would you rather meet?", "one of the choices", SurveyWords.Level(EvaluationLevel.Reaction), "In person\nVideo\nPhone");
        await AddQuestionAsync(coordinator, "What do you want to work on?", "any of the choices", SurveyWords.Level(EvaluationLevel.Behaviour), "Career\nNetwork\nWork-life balance");
        await AddQuestionAsync(coordinator, "Anything else we should know?", "in their own words", SurveyWords.Level(EvaluationLevel.Reaction), null);
        // (The button's name is "Move up", then its question from a visually hidden span.)
        await coordinator.Locator("ol.survey-questions > li", new() { HasText = "Anything else we should know?" })
            .GetByRole(AriaRole.Button, new() { Name = "Move up" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Question moved up.");
        var questions = coordinator.Locator("ol.survey-questions > li > p > strong");
        await Assertions.Expect(questions).ToHaveCountAsync(11);
        await Assertions.Expect(questions.Nth(9)).ToHaveTextAsync("Anything else we should know?");
        await Assertions.Expect(questions.Nth(10)).ToHaveTextAsync("What do you want to work on?");
        await Accessibility.AssertNoViolationsAsync(coordinator);

        // The pairing is confirmed, so the pre survey is asked at once: Mina answers it on her phone, the others through the
        // app's own handler. The post survey is not asked yet.
        var mina = await fixture.LogInAsync(cast.Emails["Mina Mentee"], phone: true);
        await mina.GotoAsync("/");
        var toAnswer = mina.Locator("section[aria-labelledby=surveys-heading]");
        await Assertions.Expect(toAnswer.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Before we begin"]);
        await Accessibility.AssertNoViolationsAsync(mina);
        await toAnswer.GetByRole(AriaRole.Link, new() { Name = "Before we begin" }).ClickAsync();
        await Assertions.Expect(mina.Locator("main h1")).ToHaveTextAsync("Before we begin");
        await Accessibility.AssertNoViolationsAsync(mina);
        await FillInAsync(mina, PreAnswers(mentee: true, wrote: ""));
        await mina.GetByLabel("10. Anything else we should know? (optional)").FillAsync("To meet people.");
        await mina.GetByRole(AriaRole.Button, new() { Name = "Submit" }).ClickAsync();
        await Assertions.Expect(mina.GetByRole(AriaRole.Status)).ToContainTextAsync("Thank you: your answers are submitted.");
        await Accessibility.AssertNoViolationsAsync(mina);
        foreach (var (name, i) in Mentees.Select((n, i) => (n, i)).Skip(1))
        {
            await AnswerAsync(cast.Emails[name], pairings[name], surveys[SurveyKind.Pre], PreAnswers(mentee: true, wrote: i == 3 ? Formula : $"Note {i}"));
        }
        foreach (var (name, i) in Mentors.Select((n, i) => (n, i)))
        {
            await AnswerAsync(cast.Emails[name], pairings[Mentees[i]], surveys[SurveyKind.Pre], PreAnswers(mentee: false, wrote: $"Mentor note {i}"));
        }
        await mina.GotoAsync("/");
        await Assertions.Expect(mina.Locator("#surveys-heading")).ToHaveCountAsync(0);

        // The clock reaches the end of the terms (a year on): the daily job completes them, and the post survey is asked.
        var endsOn = await fixture.App.WithDbAsync(db => db.Pairings.Where(p => p.CycleId == cast.CycleId).MaxAsync(p => p.EndsOn, Ct));
        fixture.App.Clock.Advance(TimeSpan.FromDays(endsOn.DayNumber - fixture.App.Clock.TodayIn(TimeZoneInfo.Utc).DayNumber + 2));
        Assert.Equal(6, await fixture.App.WithScopeAsync(sp => sp.GetRequiredService<CompleteEndedTerms>().RunAsync(Ct)));
        mina = await fixture.LogInAsync(cast.Emails["Mina Mentee"], phone: true);
        await mina.GotoAsync("/");
        toAnswer = mina.Locator("section[aria-labelledby=surveys-heading]");
        await Assertions.Expect(toAnswer.GetByRole(AriaRole.Link)).ToHaveTextAsync(["Looking back on your mentoring"]);
        await toAnswer.GetByRole(AriaRole.Link, new() { Name = "Looking back on your mentoring" }).ClickAsync();
        await FillInAsync(mina, PostAnswers());
        await mina.GetByRole(AriaRole.Button, new() { Name = "Submit" }).ClickAsync();
        await Assertions.Expect(mina.GetByRole(AriaRole.Status)).ToContainTextAsync("Thank you: your answers are submitted.");
        await Accessibility.AssertNoViolationsAsync(mina);
        foreach (var (mentee, i) in Mentees.Select((n, i) => (n, i)))
        {
            if (i > 0)
            {
                await AnswerAsync(cast.Emails[mentee], pairings[mentee], surveys[SurveyKind.Post], PostAnswers());
            }
            await AnswerAsync(cast.Emails[Mentors[i]], pairings[mentee], surveys[SurveyKind.Post], PostAnswers());
        }

        // The coordinator: the cycle's surveys, the pre survey's results for everyone and by department.
        coordinator = await fixture.LogInAsync(coordinatorEmail);
        await coordinator.GotoAsync($"/Programs/{cast.ProgramId}");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Survey results of Spring round" }).ClickAsync();
        await Accessibility.AssertNoViolationsAsync(coordinator);
        var surveysPage = coordinator.Url;
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Before we begin" }).ClickAsync();
        // Still open for the cycle: only the number so far, until the coordinator closes it.
        await Assertions.Expect(coordinator.Locator("main")).ToContainTextAsync("12 responses submitted so far");
        await Assertions.Expect(coordinator.Locator("main table")).ToHaveCountAsync(0);
        await Accessibility.AssertNoViolationsAsync(coordinator);
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Close this survey for Spring round" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Survey closed for this cycle");
        await Assertions.Expect(coordinator.Locator("main")).ToContainTextAsync("12 submitted responses");
        await Accessibility.AssertNoViolationsAsync(coordinator);
        var sections = coordinator.Locator("main section");
        await Assertions.Expect(sections).ToHaveCountAsync(11);
        // Ready: mentees 4, mentors 5. Meet: mentees in person, mentors by video. Work on: mentees career and network, mentors network.
        Assert.Equal(["Everyone", "12", "4.5", "0", "0", "0", "6", "6"], await RowAsync(sections.Nth(7), 0));
        Assert.Equal(["Everyone", "12", "6", "6", "0"], await RowAsync(sections.Nth(8), 0));
        Assert.Equal(["Everyone", "12", "6", "12", "0"], await RowAsync(sections.Nth(10), 0));
        await Assertions.Expect(sections.Nth(9).Locator("li")).ToHaveCountAsync(12);
        await Assertions.Expect(sections.Nth(9)).ToContainTextAsync(Formula);
        AssertNoNames(await coordinator.ContentAsync(), "the results page");

        await coordinator.GetByRole(AriaRole.Navigation, new() { Name = "Break down by" }).GetByRole(AriaRole.Link, new() { Name = "By department" }).ClickAsync();
        await Assertions.Expect(coordinator.Locator("nav [aria-current=page]")).ToHaveTextAsync("By department");
        Assert.Equal([cast.Departments[0], "6", "4.0"], (await RowAsync(sections.Nth(7), 0))[..3]);
        Assert.Equal(["Other groups together", "6", "5.0"], (await RowAsync(sections.Nth(7), 1))[..3]);
        await Assertions.Expect(sections.Nth(7)).ToContainTextAsync("2 groups held back as too small.");
        await Assertions.Expect(sections.Nth(7)).Not.ToContainTextAsync(cast.Departments[1]);
        await Accessibility.AssertNoViolationsAsync(coordinator);

        // The responses as CSV: one row per response, no names, the formula neutralised.
        var responses = await DownloadAsync(coordinator, coordinator.GetByRole(AriaRole.Link, new() { Name = "The responses as CSV" }));
        var lines = responses.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(13, lines.Length);
        Assert.StartsWith(DefaultSurveys.BeforeAndAfter[0].Text + ",", lines[0], StringComparison.Ordinal);
        Assert.Contains("How ready do you feel to start?,How would you rather meet?,Anything else we should know?,What do you want to work on?", lines[0], StringComparison.Ordinal);
        Assert.Contains(lines, line => line.Contains("\"'=HYPERLINK(\"\"http://evil.test\"\")\"", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, line => line.StartsWith('=') || line.Contains(",=", StringComparison.Ordinal));
        AssertNoNames(responses, "the responses CSV");

        // The post survey closed too, the dashboard shows the pre-to-post change: a chart drawn above each table, and the
        // tables behind them.
        await coordinator.GotoAsync(surveysPage);
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Looking back on your mentoring" }).ClickAsync();
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Close this survey for Spring round" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Survey closed for this cycle");
        await coordinator.GotoAsync($"/Programs/{cast.ProgramId}");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Assessment of Spring round" }).ClickAsync();
        await Assertions.Expect(coordinator.Locator("main h1")).ToHaveTextAsync("How Spring round is going");
        var charted = coordinator.Locator("table[data-chart]");
        await Assertions.Expect(charted).ToHaveCountAsync(4);
        await Assertions.Expect(coordinator.Locator("div.chart[aria-hidden=true] > canvas")).ToHaveCountAsync(4);
        Assert.True(await coordinator.Locator("div.chart canvas").First.EvaluateAsync<bool>("c => c.width > 0 && c.height > 0"), "The first chart was not drawn.");
        var pairs = coordinator.GetByRole(AriaRole.Table, new() { Name = "Pairs by status" });
        Assert.Equal(["Completed", "6"], await CellsAsync(pairs.Locator("tbody tr").Nth(1)));
        var change = coordinator.GetByRole(AriaRole.Table, new() { Name = "Change by evaluation level" });
        // Everyone rated 2 (mentees) or 3 (mentors) before and 4 after on the questions asked both times.
        Assert.Equal([SurveyWords.Level(EvaluationLevel.Learning), "12", "2.50", "4.00", "+1.50", "12"], await CellsAsync(change.Locator("tbody tr").Nth(1)));
        await Assertions.Expect(change.Locator("tbody tr").Nth(0)).ToContainTextAsync("Held back: fewer than 5 people");
        await Accessibility.AssertNoViolationsAsync(coordinator);
        AssertNoNames(await coordinator.ContentAsync(), "the dashboard");

        var figures = await DownloadAsync(coordinator, coordinator.GetByRole(AriaRole.Link, new() { Name = "These figures as CSV" }));
        Assert.Contains("Pairs,Completed,6", figures, StringComparison.Ordinal);
        Assert.Contains("Pre-to-post mean after,Learning,4.00", figures, StringComparison.Ordinal);
        Assert.Contains($"Topic requests,'{RiskyTopic},6", figures, StringComparison.Ordinal);
        Assert.DoesNotContain($",{RiskyTopic}", figures, StringComparison.Ordinal);
        AssertNoNames(figures, "the assessment CSV");

        // A resource written with script and a javascript: link: its Markdown renders, its script never runs.
        await CheckResourceAsync(coordinator, cast.Emails["Mina Mentee"]);

        // Mina's certificate prints without the site's navigation.
        mina = await fixture.LogInAsync(cast.Emails["Mina Mentee"]);
        await mina.GotoAsync($"/My/Pairings/{pairings["Mina Mentee"]}/Certificate");
        var certificate = mina.Locator("article.certificate");
        await Assertions.Expect(certificate).ToContainTextAsync("Mina Mentee");
        await Accessibility.AssertNoViolationsAsync(mina);
        await mina.EmulateMediaAsync(new() { Media = Media.Print });
        await Assertions.Expect(mina.Locator("header.site-header")).ToBeHiddenAsync();
        await Assertions.Expect(mina.GetByRole(AriaRole.Navigation)).ToHaveCountAsync(0);
        await Assertions.Expect(mina.Locator("section[aria-labelledby=share]")).ToBeHiddenAsync();
        await Assertions.Expect(certificate).ToBeVisibleAsync();
        await Assertions.Expect(certificate).ToContainTextAsync("took part as a mentee in");
        await Assertions.Expect(certificate).ToContainTextAsync(cast.ProgramName);
        var pdf = await mina.PdfAsync(new() { Format = "A4", PrintBackground = true });
        Assert.True(pdf.Length > 1_000, "The certificate printed to an empty PDF.");
        Assert.Equal("%PDF-", System.Text.Encoding.ASCII.GetString(pdf, 0, 5));
    }

    /// <summary>One survey's answers by question number (from 0): the values checked for each rating and choice, in order,
    /// and what was written.</summary>
    private sealed record Answers(IReadOnlyList<string[]> Rated, string Wrote);

    /// <summary>The shaped pre survey: six before-and-after ratings (2 for mentees, 3 for mentors), how ready (4 or 5), how
    /// to meet (in person or video), what to work on (career and network, or network).</summary>
    private static Answers PreAnswers(bool mentee, string wrote) =>
        new([.. Enumerable.Repeat<string[]>([mentee ? "2" : "3"], 6), [mentee ? "4" : "5"], [mentee ? "1" : "2"], mentee ? ["1", "2"] : ["2"]], wrote);

    private static Answers PostAnswers() =>
        new([["4"], ["4"], .. Enumerable.Repeat<string[]>(["4"], 6), ["1", "5"]], "");

    /// <summary>Checks, in each rating or choice question of the survey form in order, the values given.</summary>
    private static async Task FillInAsync(IPage page, Answers answers)
    {
        var fieldsets = page.Locator("main form fieldset");
        await Assertions.Expect(fieldsets).ToHaveCountAsync(answers.Rated.Count);
        for (var i = 0; i < answers.Rated.Count; i++)
        {
            foreach (var value in answers.Rated[i])
            {
                await fieldsets.Nth(i).Locator($"input[value='{value}']").CheckAsync();
            }
        }
    }

    private async Task AnswerAsync(string email, int pairingId, int surveyId, Answers answers)
    {
        var staffId = await fixture.App.WithDbAsync(db => db.StaffMembers.Where(s => s.WorkEmail == email).Select(s => s.Id).SingleAsync(Ct));
        var outcome = await fixture.App.WithScopeAsync(async sp =>
        {
            var handler = sp.GetRequiredService<AnswerSurvey.Handler>();
            var page = await handler.LoadAsync(staffId, pairingId, surveyId, Ct) ?? throw new InvalidOperationException($"The survey is not due to {email}.");
            var command = new AnswerSurvey.Command { Intent = AnswerSurvey.SubmitIntent };
            var rated = page.Questions.Where(q => q.Type != QuestionType.Text).ToList();
            for (var i = 0; i < rated.Count; i++)
            {
                command.Answers[rated[i].Id.ToString(CultureInfo.InvariantCulture)] = [.. answers.Rated[i]];
            }
            foreach (var written in page.Questions.Where(q => q.Type == QuestionType.Text && answers.Wrote.Length > 0).TakeLast(1))
            {
                command.Answers[written.Id.ToString(CultureInfo.InvariantCulture)] = [answers.Wrote];
            }
            return (await handler.SaveAsync(page, command, Ct)).Outcome;
        });
        Assert.Equal(AnswerSurvey.Outcome.Submitted, outcome);
    }

    private static async Task AddQuestionAsync(IPage coordinator, string text, string answeredWith, string measures, string? choices)
    {
        await coordinator.GetByLabel("Question", new() { Exact = true }).FillAsync(text);
        await coordinator.GetByLabel("Answered with").SelectOptionAsync(new SelectOptionValue { Label = answeredWith });
        await coordinator.GetByLabel("Measures").SelectOptionAsync(new SelectOptionValue { Label = measures });
        await coordinator.GetByLabel("Choices, one per line (for the choice questions only)").FillAsync(choices ?? "");
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Add the question" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync("Question added.");
        await Assertions.Expect(coordinator.Locator("ol.survey-questions > li > p > strong").Last).ToHaveTextAsync(text);
    }

    private static async Task<string[]> RowAsync(ILocator section, int row) => await CellsAsync(section.Locator("tbody tr").Nth(row));

    private static async Task<string[]> CellsAsync(ILocator row) =>
        [.. (await row.Locator("th, td").AllInnerTextsAsync()).Select(cell => cell.Trim())];

    private static async Task<string> DownloadAsync(IPage page, ILocator link)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => link.ClickAsync());
        Assert.EndsWith(".csv", download.SuggestedFilename, StringComparison.Ordinal);
        return (await File.ReadAllTextAsync((await download.PathAsync())!, Ct)).Trim('\uFEFF');
    }

    private static void AssertNoNames(string text, string where)
    {
        foreach (var name in Mentors.Concat(Mentees))
        {
            Assert.False(text.Contains(name, StringComparison.Ordinal), $"{where} names {name}");
        }
    }

    private async Task CheckResourceAsync(IPage coordinator, string readerEmail)
    {
        const string payload = "Call **HR** first. <script>alert('xss')</script> [click me](javascript:alert('xss'))";
        var title = "Who to call " + Guid.NewGuid().ToString("N")[..6];
        var dialogs = new List<string>();
        await coordinator.GotoAsync("/Resources/Manage");
        await coordinator.GetByRole(AriaRole.Link, new() { Name = "Write a resource" }).ClickAsync();
        await coordinator.GetByLabel("Title").FillAsync(title);
        await coordinator.GetByLabel("Kind").SelectOptionAsync("Referral");
        await coordinator.GetByLabel("Text").FillAsync(payload);
        await coordinator.GetByRole(AriaRole.Button, new() { Name = "Add resource" }).ClickAsync();
        await Assertions.Expect(coordinator.GetByRole(AriaRole.Status)).ToContainTextAsync($"Resource \"{title}\" saved.");

        var reader = await fixture.LogInAsync(readerEmail, phone: true);
        reader.Dialog += (_, d) => { dialogs.Add(d.Message); _ = d.DismissAsync(); };
        await reader.GotoAsync("/Resources");
        await reader.GetByRole(AriaRole.Link, new() { Name = title }).ClickAsync();
        var body = reader.Locator(".resource-body");
        await Assertions.Expect(body.Locator("strong")).ToHaveTextAsync("HR");
        await Assertions.Expect(body).ToContainTextAsync("<script>alert('xss')</script>");
        await Accessibility.AssertNoViolationsAsync(reader);
        Assert.Equal(0, await reader.Locator("main script").CountAsync());
        Assert.All(await body.Locator("a").EvaluateAllAsync<string[]>("links => links.map(a => a.getAttribute('href') || '')"),
            href => Assert.False(href.TrimStart().StartsWith("javascript", StringComparison.OrdinalIgnoreCase), $"A link to {href} was rendered."));
        await body.GetByText("click me").ClickAsync();
        Assert.Empty(dialogs);
    }
}
