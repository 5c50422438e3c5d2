using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Surveys;

namespace MentoringProgram.UnitTests.Features.Surveys;

public class SurveyAnswerValuesTests
{
    [Theory]
    [InlineData(QuestionType.Scale, "4", 4)]
    [InlineData(QuestionType.Choice, "2", 2)]
    public void ARatingOrOneChoice_IsStoredAsItsNumber(QuestionType type, string typed, int stored)
    {
        var (value, problem) = SurveyAnswerValues.Read(type, 3, [typed]);

        Assert.Null(problem);
        Assert.Equal(new SurveyAnswerValues.Value(stored, null), value);
        Assert.Equal([typed], SurveyAnswerValues.Typed(type, stored, null));
    }

    [Fact]
    public void SeveralChoices_AreStoredAsTheirNumbersInOrder_OnceEach()
    {
        var (value, problem) = SurveyAnswerValues.Read(QuestionType.MultipleChoice, 5, ["4", "1", "4"]);

        Assert.Null(problem);
        Assert.Equal(new SurveyAnswerValues.Value(null, "1,4"), value);
        Assert.Equal(["1", "4"], SurveyAnswerValues.Typed(QuestionType.MultipleChoice, null, "1,4"));
    }

    [Theory]
    [InlineData(QuestionType.Scale, "6", "Choose a rating from 1 to 5.")]
    [InlineData(QuestionType.Scale, "three", "Choose a rating from 1 to 5.")]
    [InlineData(QuestionType.Choice, "4", "Choose one of the answers given.")]
    [InlineData(QuestionType.Choice, "-1", "Choose one of the answers given.")]
    [InlineData(QuestionType.MultipleChoice, "0", "Choose from the answers given.")]
    public void AValueTheQuestionDoesNotTake_IsAProblemInWords(QuestionType type, string typed, string problem)
    {
        var read = SurveyAnswerValues.Read(type, 3, [typed]);

        Assert.Equal((null, problem), read);
    }

    [Fact]
    public void NothingTyped_IsNoAnswer_AndTextOverTheColumn_IsAProblem()
    {
        Assert.Equal((null, null), SurveyAnswerValues.Read(QuestionType.Scale, 0, ["  "]));
        Assert.Equal((null, null), SurveyAnswerValues.Read(QuestionType.Text, 0, null));
        Assert.Equal(new SurveyAnswerValues.Value(null, new string('a', SurveyAnswer.TextLength)),
            SurveyAnswerValues.Read(QuestionType.Text, 0, [new string('a', SurveyAnswer.TextLength)]).Value);
        Assert.StartsWith("Keep your answer to 4,000 characters or fewer", SurveyAnswerValues.Read(QuestionType.Text, 0, [new string('a', SurveyAnswer.TextLength + 1)]).Problem);
    }
}
