using System.Net;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>A member answers a survey due to them: on their home page, reached only by the pair's members in the survey's
/// audience while it is due (others, the coordinator included, get "not found"), a draft that keeps what was typed,
/// messages beside each unanswered rating or choice and beside text too long, one submit, and a replay that changes
/// nothing.</summary>
public abstract class SurveyAnswerTests(AppFixture fixture) : AppTests(fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Scene(ConfirmedPair Pair, Pairing Pairing, IReadOnlyDictionary<SurveyKind, int> Surveys, List<SurveyQuestion> PreQuestions, AppClient Mentee)
    {
        public string PrePage => Page(SurveyKind.Pre);

        public string Page(SurveyKind kind) => $"/My/Pairings/{Pairing.Id}/Surveys/{Surveys[kind]}";
    }

    private async Task<Scene> SceneAsync()
    {
        var (pair, pairing, surveys) = await SurveyedPair.CreateAsync(App);
        var questions = await App.WithDbAsync(db => db.Surveys.Where(s => s.Id == surveys[SurveyKind.Pre]).SelectMany(s => s.Questions).OrderBy(q => q.Order).ToListAsync(Ct));
        return new Scene(pair, pairing, surveys, questions, await LoginAsync(pair.MenteeEmail));
    }

    private static List<KeyValuePair<string, string>> AllRatings(Scene scene, string rating = "4", string intent = AnswerSurvey.SubmitIntent) =>
    [
        .. scene.PreQuestions.Where(q => q.Type == QuestionType.Scale).Select(q => new KeyValuePair<string, string>(AnswerSurvey.Command.Field(q.Id), rating)),
        new("Intent", intent),
    ];

    private Task<SurveyResponse?> ResponseAsync(Scene scene) => App.WithDbAsync(db => db.SurveyResponses.AsNoTracking().Include(r => r.Answers)
        .SingleOrDefaultAsync(r => r.SurveyId == scene.Surveys[SurveyKind.Pre] && r.StaffMemberId == scene.Pairing.MenteeStaffId, Ct));

    [Fact]
    public async Task OnlyThePairsMembersInTheAudience_ReachASurveyDueToThem_OthersAndTheCoordinatorGetNotFound()
    {
        var scene = await SceneAsync();
        var strangerEmail = Unique("stranger");
        await App.CreateUserAsync(strangerEmail);
        var coordinatorEmail = Unique("coord");
        await App.CreateUserAsync(coordinatorEmail, coordinator: true);
        await App.WithDbAsync(async db =>
        {
            (await db.Surveys.SingleAsync(s => s.Id == scene.Surveys[SurveyKind.Pre], Ct)).ChangeAudience(SurveyAudience.Mentees);
            return await db.SaveChangesAsync(Ct);
        });
        var mentor = await LoginAsync(scene.Pair.MentorEmail);

        var page = await scene.Mentee.GetPageAsync(scene.PrePage);
        Assert.Equal("Before your mentoring starts", page.QuerySelector("h1")!.TextContent);
        Assert.Equal(5, page.QuerySelectorAll($"input[type=radio][name='{AnswerSurvey.Command.Field(scene.PreQuestions[0].Id)}']").Length);
        Assert.Contains("5: Very much", page.QuerySelector("main form")!.TextContent, StringComparison.Ordinal);
        var home = await scene.Mentee.GetPageAsync("/");
        Assert.NotNull(home.QuerySelector($"#surveys-heading ~ ul a[href='{scene.PrePage}']"));

        Assert.Equal(HttpStatusCode.NotFound, (await mentor.GetAsync(scene.PrePage)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await LoginAsync(strangerEmail)).GetAsync(scene.PrePage)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await (await LoginAsync(coordinatorEmail)).GetAsync(scene.PrePage)).StatusCode);
        // Not due yet (the pulse comes 30 days in), and not a survey of this pairing's program.
        Assert.Equal(HttpStatusCode.NotFound, (await scene.Mentee.GetAsync(scene.Page(SurveyKind.Pulse))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await scene.Mentee.GetAsync($"/My/Pairings/{scene.Pairing.Id}/Surveys/987654")).StatusCode);
        var posted = await mentor.PostAsync(scene.PrePage, [new("__RequestVerificationToken", await mentor.TokenAsync()), .. AllRatings(scene)]);
        Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
        Assert.Null(await ResponseAsync(scene));
        Assert.Null(await App.WithDbAsync(db => db.SurveyResponses.FirstOrDefaultAsync(Ct)));
    }

    [Fact]
    public async Task ADraft_KeepsWhatWasTyped_AndSubmittingWithoutEveryRating_SaysSoBesideEachQuestion_SubmittingNothing()
    {
        var scene = await SceneAsync();
        var first = scene.PreQuestions[0];
        var hope = scene.PreQuestions.Single(q => q.Type == QuestionType.Text);

        var draft = await scene.Mentee.SubmitAsync(scene.PrePage, [new(AnswerSurvey.Command.Field(first.Id), "2"), new(AnswerSurvey.Command.Field(hope.Id), "To find my feet."), new("Intent", AnswerSurvey.DraftIntent)]);
        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        var page = await scene.Mentee.GetPageAsync(scene.PrePage);
        Assert.NotNull(page.QuerySelector($"input[name='{AnswerSurvey.Command.Field(first.Id)}'][value='2'][checked]"));
        Assert.Equal("To find my feet.", page.QuerySelector($"textarea[name='{AnswerSurvey.Command.Field(hope.Id)}']")!.TextContent);
        Assert.False((await ResponseAsync(scene))!.IsSubmitted);

        var submitted = await scene.Mentee.SubmitAsync(scene.PrePage, [new(AnswerSurvey.Command.Field(first.Id), "3"), new(AnswerSurvey.Command.Field(hope.Id), "Changed my mind."), new("Intent", AnswerSurvey.SubmitIntent)]);

        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);
        var refused = await AppClient.ParseAsync(submitted);
        Assert.Null(AppClient.FieldError(refused, AnswerSurvey.Command.Field(first.Id)));
        Assert.Null(AppClient.FieldError(refused, AnswerSurvey.Command.Field(hope.Id)));
        foreach (var rating in scene.PreQuestions.Where(q => q.Type == QuestionType.Scale).Skip(1))
        {
            Assert.Equal("Choose a rating to submit the survey.", AppClient.FieldError(refused, AnswerSurvey.Command.Field(rating.Id)));
        }
        Assert.NotNull(refused.QuerySelector($"input[name='{AnswerSurvey.Command.Field(first.Id)}'][value='3'][checked]"));
        Assert.Equal("Changed my mind.", refused.QuerySelector($"textarea[name='{AnswerSurvey.Command.Field(hope.Id)}']")!.TextContent);
        var stored = (await ResponseAsync(scene))!;
        Assert.False(stored.IsSubmitted);
        Assert.Equal(2, stored.Answers.Single(a => a.QuestionId == first.Id).ScaleValue);
    }

    [Fact]
    public async Task TextOverTheLimit_OrAValueTheQuestionDoesNotTake_IsAMessage_NotAnError()
    {
        var scene = await SceneAsync();
        var hope = scene.PreQuestions.Single(q => q.Type == QuestionType.Text);
        var first = scene.PreQuestions[0];

        var response = await scene.Mentee.SubmitAsync(scene.PrePage,
        [
            .. AllRatings(scene).Where(f => f.Key != AnswerSurvey.Command.Field(first.Id) && f.Key != "Intent"),
            new(AnswerSurvey.Command.Field(first.Id), "9"), new(AnswerSurvey.Command.Field(hope.Id), new string('x', SurveyAnswer.TextLength + 1)), new("Intent", AnswerSurvey.DraftIntent),
            new("Answers[not-a-question]", "x"),
        ]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        Assert.Equal("Keep your answer to 4,000 characters or fewer (it has 4,001).", AppClient.FieldError(page, AnswerSurvey.Command.Field(hope.Id)));
        Assert.Equal("Choose a rating from 1 to 5.", AppClient.FieldError(page, AnswerSurvey.Command.Field(first.Id)));
        Assert.Equal(SurveyAnswer.TextLength + 1, page.QuerySelector($"textarea[name='{AnswerSurvey.Command.Field(hope.Id)}']")!.TextContent.Length);
        Assert.Null(await ResponseAsync(scene));
    }

    [Fact]
    public async Task Submitting_FixesTheAnswers_SaysWhen_LeavesTheHomePage_AndAReplayChangesNothing()
    {
        var scene = await SceneAsync();
        var token = await scene.Mentee.TokenAsync(scene.PrePage);

        var submitted = await scene.Mentee.PostAsync(scene.PrePage, [new("__RequestVerificationToken", token), .. AllRatings(scene, "5")]);

        Assert.Equal(HttpStatusCode.Redirect, submitted.StatusCode);
        var stored = (await ResponseAsync(scene))!;
        Assert.Equal(App.Clock.GetUtcNow(), stored.SubmittedAt);
        Assert.All(stored.Answers, a => Assert.Equal(5, a.ScaleValue));
        var page = await scene.Mentee.GetPageAsync(scene.PrePage);
        Assert.Null(page.QuerySelector("main form"));
        Assert.Contains("You submitted this survey on 2 March 2026", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
        Assert.Null((await scene.Mentee.GetPageAsync("/")).QuerySelector("#surveys-heading"));

        App.Clock.Advance(TimeSpan.FromMinutes(5));
        var replay = await scene.Mentee.PostAsync(scene.PrePage, [new("__RequestVerificationToken", token), .. AllRatings(scene, "1")]);

        Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
        var after = (await ResponseAsync(scene))!;
        Assert.Equal(stored.SubmittedAt, after.SubmittedAt);
        Assert.All(after.Answers, a => Assert.Equal(5, a.ScaleValue));
        Assert.Equal(1, await App.WithDbAsync(db => db.SurveyResponses.CountAsync(Ct)));
    }

    [Fact]
    public async Task AMultipleChoice_IsStoredAsTheChosenNumbers_AndShownChecked()
    {
        var scene = await SceneAsync();
        App.Clock.Advance(TimeSpan.FromDays(scene.Pairing.EndsOn.DayNumber - App.Today().DayNumber + 1));
        await App.WithScopeAsync(sp => sp.GetRequiredService<Web.Features.Reminders.CompleteEndedTerms>().RunAsync(Ct));
        var mentee = await LoginAsync(scene.Pair.MenteeEmail);
        var which = await App.WithDbAsync(db => db.Surveys.Where(s => s.Id == scene.Surveys[SurveyKind.Post]).SelectMany(s => s.Questions).SingleAsync(q => q.Type == QuestionType.MultipleChoice, Ct));

        var draft = await mentee.SubmitAsync(scene.Page(SurveyKind.Post), [new(AnswerSurvey.Command.Field(which.Id), "3"), new(AnswerSurvey.Command.Field(which.Id), "1"), new("Intent", AnswerSurvey.DraftIntent)]);

        Assert.Equal(HttpStatusCode.Redirect, draft.StatusCode);
        var stored = await App.WithDbAsync(db => db.SurveyResponses.Where(r => r.SurveyId == scene.Surveys[SurveyKind.Post]).SelectMany(r => r.Answers).SingleAsync(Ct));
        Assert.Equal(("1,3", (int?)null), (stored.TextValue, stored.ScaleValue));
        var page = await mentee.GetPageAsync(scene.Page(SurveyKind.Post));
        Assert.Equal(["1", "3"], page.QuerySelectorAll($"input[type=checkbox][name='{AnswerSurvey.Command.Field(which.Id)}'][checked]").Select(i => i.GetAttribute("value")!));
    }
}

public sealed class SurveyAnswerTestsOnSqlite(SqliteApp fixture) : SurveyAnswerTests(fixture), IClassFixture<SqliteApp>;

public sealed class SurveyAnswerTestsOnPostgres(PostgresApp fixture) : SurveyAnswerTests(fixture), IClassFixture<PostgresApp>;
