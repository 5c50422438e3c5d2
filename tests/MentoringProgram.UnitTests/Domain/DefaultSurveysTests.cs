using MentoringProgram.Web.Domain;

namespace MentoringProgram.UnitTests.Domain;

public class DefaultSurveysTests
{
    [Fact]
    public void AProgram_GetsOneSurveyOfEachKind_ForMenteesAndMentors()
    {
        var surveys = DefaultSurveys.For(7);

        Assert.Equal([SurveyKind.Pre, SurveyKind.Pulse, SurveyKind.Post, SurveyKind.Closing], surveys.Select(s => s.Kind));
        Assert.All(surveys, s => Assert.Equal((7, SurveyAudience.Both), (s.ProgramId, s.Audience)));
        Assert.All(surveys, s => Assert.NotEmpty(s.Questions));
    }

    [Fact]
    public void PreAndPost_AskTheSameLearningAndBehaviourRatings_WordForWord()
    {
        var surveys = DefaultSurveys.For(1);
        IEnumerable<(string, EvaluationLevel)> Measured(SurveyKind kind) => surveys.Single(s => s.Kind == kind).Questions
            .Where(q => q.Type == QuestionType.Scale && q.Level is EvaluationLevel.Learning or EvaluationLevel.Behaviour)
            .Select(q => (q.Text, q.Level));

        Assert.Equal(Measured(SurveyKind.Pre), Measured(SurveyKind.Post));
        Assert.Contains(Measured(SurveyKind.Pre), q => q.Item2 == EvaluationLevel.Learning);
        Assert.Contains(Measured(SurveyKind.Pre), q => q.Item2 == EvaluationLevel.Behaviour);
        Assert.Contains(surveys.Single(s => s.Kind == SurveyKind.Post).Questions, q => q.Type == QuestionType.Scale && q.Level == EvaluationLevel.Reaction);
    }

    [Fact]
    public void TheClosingSurvey_AsksWhyItEnded_AsOneChoice()
    {
        var closing = DefaultSurveys.For(1).Single(s => s.Kind == SurveyKind.Closing);

        var why = Assert.Single(closing.Questions, q => q.Text == DefaultSurveys.EndReasonQuestion);
        Assert.Equal(QuestionType.Choice, why.Type);
        Assert.Equal(DefaultSurveys.EndReasons, why.ChoiceList);
    }

    [Fact]
    public void EveryQuestion_FitsItsColumns_AndEveryChoiceQuestionHasChoices()
    {
        foreach (var question in DefaultSurveys.For(1).SelectMany(s => s.Questions))
        {
            Assert.InRange(question.Text.Length, 1, 1000);
            Assert.Equal(SurveyQuestion.HasChoices(question.Type), question.ChoiceList.Count >= 2);
        }
        Assert.All(DefaultSurveys.For(1), s => Assert.InRange(s.Title.Length, 1, 200));
    }
}
