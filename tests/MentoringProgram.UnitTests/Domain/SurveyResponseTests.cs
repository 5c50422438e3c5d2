using MentoringProgram.Web.Domain;

namespace MentoringProgram.UnitTests.Domain;

public class SurveyResponseTests
{
    private static readonly DateTimeOffset Now = new(2026, 10, 1, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ANewResponse_IsADraft_WhoseAnswersChange()
    {
        var response = new SurveyResponse(1, 2, 3, 4);

        response.Answer(10, 3, null);
        response.Answer(10, 5, null);
        response.Answer(11, null, "  More time together ");

        Assert.False(response.IsSubmitted);
        Assert.Equal(2, response.Answers.Count);
        Assert.Equal(5, response.Answers.Single(a => a.QuestionId == 10).ScaleValue);
        Assert.Equal("More time together", response.Answers.Single(a => a.QuestionId == 11).TextValue);
    }

    [Fact]
    public void Submit_ADraftWithAnswers_SubmitsItOnce()
    {
        var response = new SurveyResponse(1, 2, 3, 4);
        response.Answer(10, 4, null);

        response.Submit(Now);

        Assert.Equal(Now, response.SubmittedAt);
        Assert.Throws<DomainRuleException>(() => response.Submit(Now.AddDays(1)));
        Assert.Equal(Now, response.SubmittedAt);
    }

    [Fact]
    public void ASubmittedResponse_RefusesNewAnswers()
    {
        var response = new SurveyResponse(1, 2, 3, 4);
        response.Answer(10, 4, null);
        response.Submit(Now);

        Assert.False(response.CanAnswer);
        Assert.Throws<DomainRuleException>(() => response.Answer(10, 1, null));
        Assert.Equal(4, response.Answers.Single().ScaleValue);
    }

    [Fact]
    public void Submit_AnEmptyDraft_IsRefused_AndAnEmptyAnswerToo()
    {
        var response = new SurveyResponse(1, 2, 3, 4);

        Assert.Throws<DomainRuleException>(() => response.Submit(Now));
        Assert.Throws<DomainRuleException>(() => response.Answer(10, null, " "));
        Assert.Null(response.SubmittedAt);
    }

    [Fact]
    public void Clear_TakesBackADraftsAnswer_ButNotOnceSubmitted()
    {
        var response = new SurveyResponse(1, 2, 3, 4);
        response.Answer(10, 4, null);
        response.Answer(11, 2, null);

        response.Clear(10);
        response.Submit(Now);

        Assert.Equal([11], response.Answers.Select(a => a.QuestionId));
        Assert.Throws<DomainRuleException>(() => response.Clear(11));
    }

    [Fact]
    public void ASurvey_AsksItsAudienceOnly()
    {
        var survey = new Survey(1, SurveyKind.Closing, "Why it ended", SurveyAudience.Mentees);

        Assert.True(survey.Asks(mentee: true));
        Assert.False(survey.Asks(mentee: false));
        survey.ChangeAudience(SurveyAudience.Both);
        Assert.True(survey.Asks(mentee: false));
        Assert.Throws<DomainRuleException>(() => survey.ChangeAudience((SurveyAudience)9));
    }

    [Fact]
    public void AMultipleChoiceQuestion_NeedsChoices_AndListsThemInOrder()
    {
        var survey = new Survey(1, SurveyKind.Post, "Looking back");

        var question = survey.AddQuestion("Which helped?", QuestionType.MultipleChoice, EvaluationLevel.Learning, "Career\n Network \n\nBalance");

        Assert.Equal(["Career", "Network", "Balance"], question.ChoiceList);
        Assert.Throws<DomainRuleException>(() => survey.AddQuestion("Which?", QuestionType.MultipleChoice, EvaluationLevel.Learning));
    }

    [Fact]
    public void Survey_NumbersItsQuestionsInOrder_AndChoicesBelongToChoiceQuestionsOnly()
    {
        var survey = new Survey(1, SurveyKind.Pulse, "How is it going?");

        survey.AddQuestion("How useful are your meetings?", QuestionType.Scale, EvaluationLevel.Reaction);
        var second = survey.AddQuestion("How often do you meet?", QuestionType.Choice, EvaluationLevel.Behaviour, "Weekly\nMonthly");

        Assert.Equal(2, second.Order);
        Assert.Equal([1, 2], survey.Questions.Select(q => q.Order));
        Assert.Throws<DomainRuleException>(() => survey.AddQuestion("Which?", QuestionType.Choice, EvaluationLevel.Learning));
        Assert.Throws<DomainRuleException>(() => survey.AddQuestion("Rate it", QuestionType.Scale, EvaluationLevel.Learning, "A\nB"));
    }
}
