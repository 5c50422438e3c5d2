using MentoringProgram.Web.Domain;

namespace MentoringProgram.UnitTests.Domain;

public sealed class SurveyTests
{
    private static Survey WithQuestions(params string[] texts)
    {
        var survey = new Survey(1, SurveyKind.Pre, "Before");
        foreach (var text in texts)
        {
            survey.AddQuestion(text, QuestionType.Scale, EvaluationLevel.Learning);
        }
        return survey;
    }

    private static string[] InOrder(Survey survey) => [.. survey.Questions.OrderBy(q => q.Order).Select(q => $"{q.Order}:{q.Text}")];

    // Questions have no ids before they are saved; the tests give them ones as the database would.
    private static void Number(Survey survey)
    {
        var id = 1;
        foreach (var q in survey.Questions)
        {
            typeof(SurveyQuestion).GetProperty(nameof(SurveyQuestion.Id))!.SetValue(q, id++);
        }
    }

    [Fact]
    public void MovesAQuestionUpOrDown_AndStaysPutAtEitherEnd()
    {
        var survey = WithQuestions("a", "b", "c");
        Number(survey);

        survey.MoveQuestion(3, up: true);
        Assert.Equal(["1:a", "2:c", "3:b"], InOrder(survey));
        survey.MoveQuestion(1, up: true);
        survey.MoveQuestion(2, up: false);
        Assert.Equal(["1:a", "2:c", "3:b"], InOrder(survey));
    }

    [Fact]
    public void RemovesAnUnansweredQuestion_AndClosesTheGap()
    {
        var survey = WithQuestions("a", "b", "c");
        Number(survey);

        survey.RemoveQuestion(2, answered: false);

        Assert.Equal(["1:a", "2:c"], InOrder(survey));
    }

    [Fact]
    public void RefusesToRemoveAQuestionSomeoneAnswered()
    {
        var survey = WithQuestions("a", "b");
        Number(survey);

        var refused = Assert.Throws<DomainRuleException>(() => survey.RemoveQuestion(1, answered: true));

        Assert.Contains("answered", refused.Message);
        Assert.Equal(2, survey.Questions.Count);
    }

    [Fact]
    public void RefusesMoreThanTheMostQuestions()
    {
        var survey = WithQuestions([.. Enumerable.Range(1, Survey.MaxQuestions).Select(i => $"q{i}")]);

        Assert.Throws<DomainRuleException>(() => survey.AddQuestion("one too many", QuestionType.Text, EvaluationLevel.Reaction));
    }

    [Fact]
    public void ChoicesAreReadOnePerLine_WithoutBlankLinesOrSpaces() =>
        Assert.Equal(["In person", "Video"], SurveyQuestion.ChoicesOf(" In person \r\n\r\nVideo\n"));

    [Fact]
    public void ChangesAnUnansweredChoiceQuestionsChoices_OnePerLine()
    {
        var survey = new Survey(1, SurveyKind.Pre, "Before");
        survey.AddQuestion("How do you meet?", QuestionType.Choice, EvaluationLevel.Behaviour, "In person\nVideo");
        Number(survey);

        var question = survey.ChangeChoices(1, " In person \n\nVideo\nPhone", answered: false);

        Assert.Equal(["In person", "Video", "Phone"], question.ChoiceList);
    }

    [Fact]
    public void RefusesToChangeTheChoicesOfAnAnsweredQuestion_OrOfARating_OrToFewerThanTwo()
    {
        var survey = new Survey(1, SurveyKind.Pre, "Before");
        survey.AddQuestion("How do you meet?", QuestionType.MultipleChoice, EvaluationLevel.Behaviour, "In person\nVideo");
        survey.AddQuestion("How ready?", QuestionType.Scale, EvaluationLevel.Learning);
        Number(survey);

        Assert.Contains("answered", Assert.Throws<DomainRuleException>(() => survey.ChangeChoices(1, "A\nB", answered: true)).Message);
        Assert.Contains("Only a choice question", Assert.Throws<DomainRuleException>(() => survey.ChangeChoices(2, "A\nB", answered: false)).Message);
        Assert.Contains("two choices", Assert.Throws<DomainRuleException>(() => survey.ChangeChoices(1, "A", answered: false)).Message);
        Assert.Equal(["In person", "Video"], survey.Questions.First().ChoiceList);
    }

    [Fact]
    public void ASurveyWithResponsesRefusesToBeDeleted()
    {
        var survey = WithQuestions("a");

        survey.EnsureDeletable(answered: false);

        Assert.Contains("answered", Assert.Throws<DomainRuleException>(() => survey.EnsureDeletable(answered: true)).Message);
    }
}
