using System.Net;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Assessment;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>The coordinator's survey builder (issue 15): questions added with messages next to the field for bad input,
/// moved, taken out unless answered; every change audited; another program's survey is not found; staff cannot reach it.</summary>
public abstract class SurveyEditorTests(AppFixture fixture) : AppTests(fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(int ProgramId, int SurveyId, string Url, AppClient Coordinator, ConfirmedPair Pair)> SceneAsync()
    {
        var pair = await ConfirmedPair.CreateAsync(App);
        var surveyId = await App.WithDbAsync(async db =>
        {
            var survey = new Survey(pair.Scene.ProgramId, SurveyKind.Post, "After the term");
            survey.AddQuestion("How useful was mentoring?", QuestionType.Scale, EvaluationLevel.Reaction);
            db.Surveys.Add(survey);
            await db.SaveChangesAsync(Ct);
            return survey.Id;
        });
        var email = Unique("coord");
        await App.CreateUserAsync(email, coordinator: true);
        return (pair.Scene.ProgramId, surveyId, $"/Programs/{pair.Scene.ProgramId}/Surveys/{surveyId}", await LoginAsync(email), pair);
    }

    private Task<string[]> QuestionsAsync(int surveyId) => App.WithDbAsync(async db =>
        (await db.Surveys.AsNoTracking().Where(s => s.Id == surveyId).SelectMany(s => s.Questions).OrderBy(q => q.Order)
            .Select(q => q.Text).ToListAsync(Ct)).ToArray());

    private static List<KeyValuePair<string, string>> Question(string text, string type = "Scale", string level = "Learning", string choices = "") =>
        [new("NewQuestion.Text", text), new("NewQuestion.Type", type), new("NewQuestion.Level", level), new("NewQuestion.Choices", choices)];

    /// <summary>Posts the form of <paramref name="page"/> whose action is <paramref name="action"/>, as a browser would.</summary>
    private static Task<HttpResponseMessage> PostAsync(AppClient client, string page, string action, List<KeyValuePair<string, string>> fields) =>
        client.SubmitAsync(page, fields, $"form[action='{action}']");

    [Fact]
    public async Task TheCoordinatorAddsAChoiceQuestion_MovesIt_AndTakesOneOut_EachAudited()
    {
        var (_, surveyId, url, coordinator, _) = await SceneAsync();

        var added = await PostAsync(coordinator, url, url + "/Questions", Question("How did you mostly meet?", "Choice", "Behaviour", "In person\n\nVideo\nPhone "));
        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(["How useful was mentoring?", "How did you mostly meet?"], await QuestionsAsync(surveyId));
        var page = await coordinator.GetPageAsync(url);
        Assert.Contains("Question added.", page.QuerySelector("[role=status]")!.TextContent);
        Assert.Equal(["In person", "Video", "Phone"], page.QuerySelectorAll("ol.survey-questions > li:nth-child(2) ul li").Select(li => li.TextContent));

        var second = await App.WithDbAsync(db => db.Surveys.Where(s => s.Id == surveyId).SelectMany(s => s.Questions).Where(q => q.Order == 2).Select(q => q.Id).SingleAsync(Ct));
        await PostAsync(coordinator, url, $"{url}/Questions/{second}/Up", []);
        Assert.Equal(["How did you mostly meet?", "How useful was mentoring?"], await QuestionsAsync(surveyId));
        var first = await App.WithDbAsync(db => db.Surveys.Where(s => s.Id == surveyId).SelectMany(s => s.Questions).Where(q => q.Order == 2).Select(q => q.Id).SingleAsync(Ct));
        await PostAsync(coordinator, url, $"{url}/Questions/{first}/Remove", []);
        Assert.Equal(["How did you mostly meet?"], await QuestionsAsync(surveyId));

        var audit = await App.WithDbAsync(db => db.AuditEntries.Where(a => a.Subject == SurveyAudit.Subject(surveyId)).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync(Ct));
        Assert.Equal([SurveyAudit.QuestionAdded, SurveyAudit.QuestionMoved, SurveyAudit.QuestionRemoved], audit);
    }

    [Theory]
    [InlineData("", "Scale", "", "NewQuestion_Text", "Write the question.")]
    [InlineData("Which?", "Choice", "", "NewQuestion_Choices", "Write the choices, one per line.")]
    [InlineData("Which?", "Choice", "Only one", "NewQuestion_Choices", "at least two choices")]
    [InlineData("Which?", "Choice", "Same\nsame", "NewQuestion_Choices", "Each choice once")]
    [InlineData("Rate it", "Scale", "a\nb", "NewQuestion_Choices", "Only a choice question has choices")]
    [InlineData("Rate it", "Scale7", "", "NewQuestion_Type", "")]
    [InlineData("long", "Text", "", "NewQuestion_Text", "Keep the question under 1,000 characters.")]
    public async Task BadInput_GetsAMessageNextToTheField_KeepsWhatWasTyped_AndAddsNothing(string text, string type, string choices, string field, string message)
    {
        var (_, surveyId, url, coordinator, _) = await SceneAsync();
        if (text == "long")
        {
            text = new string('x', 1001);
        }

        var response = await PostAsync(coordinator, url, url + "/Questions", Question(text, type, "Learning", choices));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        var error = page.QuerySelector($"#{field}-error")!.TextContent.Trim();
        Assert.NotEmpty(error);
        Assert.Contains(message, error);
        Assert.Equal(text, page.QuerySelector("#NewQuestion_Text")!.GetAttribute("value") ?? "");
        Assert.Equal(choices, page.QuerySelector("#NewQuestion_Choices")!.TextContent.Replace("\r\n", "\n"));
        Assert.Equal(["How useful was mentoring?"], await QuestionsAsync(surveyId));
    }

    [Fact]
    public async Task AnAnsweredQuestionStays_AndTheCoordinatorIsToldWhy()
    {
        var (_, surveyId, url, coordinator, pair) = await SceneAsync();
        var questionId = await App.WithDbAsync(async db =>
        {
            var survey = await db.Surveys.Include(s => s.Questions).SingleAsync(s => s.Id == surveyId, Ct);
            var pairing = await db.Pairings.SingleAsync(p => p.Id == pair.PairingId, Ct);
            var response = new SurveyResponse(surveyId, pair.Scene.CycleId, pair.PairingId, pairing.MenteeStaffId);
            response.Answer(survey.Questions.Single().Id, 4, null);
            db.SurveyResponses.Add(response);
            await db.SaveChangesAsync(Ct);
            return survey.Questions.Single().Id;
        });

        // The page offers no "Take out" for it; a hand-made post is refused all the same.
        var removed = await coordinator.PostAsync($"{url}/Questions/{questionId}/Remove", [new("__RequestVerificationToken", await coordinator.TokenAsync(url))]);
        Assert.Equal(HttpStatusCode.Redirect, removed.StatusCode);

        Assert.Equal(["How useful was mentoring?"], await QuestionsAsync(surveyId));
        var page = await coordinator.GetPageAsync(url);
        Assert.Contains("People have answered this question, so it stays", page.QuerySelector("[role=status]")!.TextContent);
        Assert.DoesNotContain(page.QuerySelectorAll("button"), b => b.TextContent.StartsWith("Take out", StringComparison.Ordinal));
    }

    private Task<int> AddChoiceQuestionAsync(int surveyId) => App.WithDbAsync(async db =>
    {
        var survey = await db.Surveys.Include(s => s.Questions).SingleAsync(s => s.Id == surveyId, Ct);
        var question = survey.AddQuestion("How did you mostly meet?", QuestionType.Choice, EvaluationLevel.Behaviour, "In person\nVideo");
        await db.SaveChangesAsync(Ct);
        return question.Id;
    });

    private Task<string?> ChoicesAsync(int questionId) =>
        App.WithDbAsync(db => db.Set<SurveyQuestion>().Where(q => q.Id == questionId).Select(q => q.Choices).SingleAsync(Ct));

    [Fact]
    public async Task TheCoordinatorChangesTheChoicesOfAnUnansweredQuestion_Audited_AndBadChoicesGetAMessageAndKeepWhatWasTyped()
    {
        var (_, surveyId, url, coordinator, _) = await SceneAsync();
        var questionId = await AddChoiceQuestionAsync(surveyId);
        var action = $"{url}/Questions/{questionId}/Choices";

        var refused = await PostAsync(coordinator, url, action, [new("EditChoices.Choices", "Only one")]);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        var page = await AppClient.ParseAsync(refused);
        Assert.Contains("at least two choices", page.QuerySelector($"#choices-{questionId}-error")!.TextContent);
        Assert.Equal("Only one", page.QuerySelector($"#choices-{questionId}")!.TextContent);
        Assert.NotNull(page.QuerySelector($"form[action='{action}']")!.Closest("details")!.GetAttribute("open"));
        Assert.Equal("In person\nVideo", await ChoicesAsync(questionId));

        var saved = await PostAsync(coordinator, url, action, [new("EditChoices.Choices", "In person\nVideo\nPhone ")]);
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("In person\nVideo\nPhone", await ChoicesAsync(questionId));
        Assert.Contains("Choices saved.", (await coordinator.GetPageAsync(url)).QuerySelector("[role=status]")!.TextContent);
        Assert.Equal(1, await App.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Subject == SurveyAudit.Subject(surveyId) && a.Action == SurveyAudit.ChoicesChanged, Ct)));
    }

    [Fact]
    public async Task AnAnsweredQuestionsChoicesStay_AndASurveyWithResponsesCannotBeDeleted()
    {
        var (programId, surveyId, url, coordinator, pair) = await SceneAsync();
        var questionId = await AddChoiceQuestionAsync(surveyId);
        var token = await coordinator.TokenAsync(url);
        await App.WithDbAsync(async db =>
        {
            var pairing = await db.Pairings.SingleAsync(p => p.Id == pair.PairingId, Ct);
            var response = new SurveyResponse(surveyId, pair.Scene.CycleId, pair.PairingId, pairing.MenteeStaffId);
            response.Answer(questionId, 2, null);
            db.SurveyResponses.Add(response);
            return await db.SaveChangesAsync(Ct);
        });

        var page = await coordinator.GetPageAsync(url);
        Assert.Null(page.QuerySelector($"form[action='{url}/Questions/{questionId}/Choices']"));
        Assert.Null(page.QuerySelector($"form[action='{url}/Delete']"));
        Assert.Contains("People have answered this survey, so it stays", page.QuerySelector("main")!.TextContent);

        // Hand-made posts are refused all the same, with the reason.
        await coordinator.PostAsync($"{url}/Questions/{questionId}/Choices", [new("__RequestVerificationToken", token), new("EditChoices.Choices", "Video\nIn person")]);
        Assert.Contains("its choices stay", (await coordinator.GetPageAsync(url)).QuerySelector("[role=status]")!.TextContent);
        Assert.Equal("In person\nVideo", await ChoicesAsync(questionId));
        await coordinator.PostAsync($"{url}/Delete", [new("__RequestVerificationToken", token)]);
        Assert.Contains("People have answered this survey, so it stays", (await coordinator.GetPageAsync(url)).QuerySelector("[role=status]")!.TextContent);
        Assert.True(await App.WithDbAsync(db => db.Surveys.AnyAsync(s => s.Id == surveyId, Ct)));
        Assert.Equal(0, await App.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Subject == SurveyAudit.Subject(surveyId) && a.Action == SurveyAudit.Deleted, Ct)));
        Assert.Equal(HttpStatusCode.OK, (await coordinator.GetAsync($"/Programs/{programId}/Surveys")).StatusCode);
    }

    [Fact]
    public async Task TheCoordinatorDeletesASurveyNobodyAnswered_WithItsQuestions_Audited()
    {
        var (programId, surveyId, url, coordinator, _) = await SceneAsync();

        var deleted = await PostAsync(coordinator, url, $"{url}/Delete", []);

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.EndsWith($"/Programs/{programId}/Surveys", deleted.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var list = await coordinator.GetPageAsync($"/Programs/{programId}/Surveys");
        Assert.Contains("Survey deleted.", list.QuerySelector("[role=status]")!.TextContent);
        Assert.False(await App.WithDbAsync(db => db.Surveys.AnyAsync(s => s.Id == surveyId, Ct)));
        Assert.Empty(await QuestionsAsync(surveyId));
        Assert.Equal(1, await App.WithDbAsync(db => db.AuditEntries.CountAsync(a => a.Subject == SurveyAudit.Subject(surveyId) && a.Action == SurveyAudit.Deleted, Ct)));
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync(url)).StatusCode);

        // The program now has no survey, and starting the app again does not bring the defaults back.
        await App.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<DatabaseInitializer>().InitializeAsync(Ct);
            return true;
        });
        Assert.False(await App.WithDbAsync(db => db.Surveys.AnyAsync(s => s.ProgramId == programId, Ct)));
    }

    [Fact]
    public async Task AnotherProgramsSurveyOrQuestionIsNotFound_AndStaffCannotReachTheBuilder()
    {
        var (programId, surveyId, url, coordinator, pair) = await SceneAsync();
        var other = await SceneAsync();
        var otherQuestion = await App.WithDbAsync(db => db.Surveys.Where(s => s.Id == other.SurveyId).SelectMany(s => s.Questions).Select(q => q.Id).SingleAsync(Ct));

        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"/Programs/{programId}/Surveys/{other.SurveyId}")).StatusCode);
        var token = await coordinator.TokenAsync(url);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.PostAsync($"/Programs/{programId}/Surveys/{other.SurveyId}/Questions", [new("__RequestVerificationToken", token), .. Question("Smuggled?")])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.PostAsync($"{url}/Questions/{otherQuestion}/Remove", [new("__RequestVerificationToken", token)])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.PostAsync($"/Programs/{programId}/Surveys/{other.SurveyId}/Delete", [new("__RequestVerificationToken", token)])).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.PostAsync($"{url}/Questions/{otherQuestion}/Choices", [new("__RequestVerificationToken", token), new("EditChoices.Choices", "A\nB")])).StatusCode);
        Assert.Equal(["How useful was mentoring?"], await QuestionsAsync(other.SurveyId));

        var mentee = await LoginAsync(pair.MenteeEmail);
        Assert.NotEqual(HttpStatusCode.OK, (await mentee.GetAsync(url)).StatusCode);
        Assert.NotEqual(HttpStatusCode.OK, (await mentee.GetAsync($"/Programs/{programId}/Surveys")).StatusCode);

        var list = await coordinator.GetPageAsync($"/Programs/{programId}/Surveys");
        Assert.NotNull(list.QuerySelector($"a[href='{url}']"));
    }
}

public sealed class SurveyEditorTestsOnSqlite(SqliteApp fixture) : SurveyEditorTests(fixture), IClassFixture<SqliteApp>;

public sealed class SurveyEditorTestsOnPostgres(PostgresApp fixture) : SurveyEditorTests(fixture), IClassFixture<PostgresApp>;
