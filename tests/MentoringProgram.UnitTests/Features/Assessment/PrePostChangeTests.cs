using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Assessment;

namespace MentoringProgram.UnitTests.Features.Assessment;

public sealed class PrePostChangeTests
{
    private static IEnumerable<PrePostChange.Rating> Person(int staffId, EvaluationLevel level, (string Question, int Before, int After)[] answers) =>
        answers.SelectMany(a => new[]
        {
            new PrePostChange.Rating(staffId, 100 + staffId, SurveyKind.Pre, a.Question, level, a.Before),
            new PrePostChange.Rating(staffId, 100 + staffId, SurveyKind.Post, a.Question, level, a.After),
        });

    [Fact]
    public void EachPersonsChangeIsTheirMeanAfterMinusTheirMeanBefore_AveragedPerLevel()
    {
        var ratings = Enumerable.Range(1, 5).SelectMany(id => Person(id, EvaluationLevel.Learning, [("confidence", 2, 4), ("network", id == 5 ? 3 : 2, id == 5 ? 2 : 3)]));

        var learning = PrePostChange.Of(ratings, minimum: 5).Single(l => l.Level == EvaluationLevel.Learning);

        Assert.True(learning.Shown);
        Assert.Equal(5, learning.People);
        // Four people went from 2 to 3.5 (+1.5); one from 2.5 to 3 (+0.5).
        Assert.Equal((4 * 2.0 + 2.5) / 5, learning.MeanBefore!.Value, 6);
        Assert.Equal((4 * 3.5 + 3.0) / 5, learning.MeanAfter!.Value, 6);
        Assert.Equal(5, learning.Improved);
    }

    [Fact]
    public void OnlyQuestionsAskedBeforeAndAfter_AndOnlyPeopleWhoAnsweredBoth_Count()
    {
        var ratings = Enumerable.Range(1, 5).SelectMany(id => Person(id, EvaluationLevel.Behaviour, [("asks for help", 1, 5)]))
            .Append(new PrePostChange.Rating(1, 101, SurveyKind.Post, "a question only after", EvaluationLevel.Behaviour, 1))
            .Append(new PrePostChange.Rating(9, 109, SurveyKind.Pre, "asks for help", EvaluationLevel.Behaviour, 1))
            .Append(new PrePostChange.Rating(1, 101, SurveyKind.Pulse, "asks for help", EvaluationLevel.Behaviour, 1));

        var behaviour = PrePostChange.Of(ratings, 5).Single(l => l.Level == EvaluationLevel.Behaviour);

        Assert.Equal((5, 1.0, 5.0), (behaviour.People, behaviour.MeanBefore!.Value, behaviour.MeanAfter!.Value));
    }

    [Fact]
    public void ALevelWithFewerPeopleThanTheMinimum_IsHeldBack()
    {
        var ratings = Enumerable.Range(1, 4).SelectMany(id => Person(id, EvaluationLevel.Reaction, [("useful", 1, 5)]));

        var reaction = PrePostChange.Of(ratings, 5).Single(l => l.Level == EvaluationLevel.Reaction);

        Assert.False(reaction.Shown);
        Assert.Equal(4, reaction.People);
        Assert.Null(reaction.MeanChange);
        Assert.Null(reaction.Improved);
    }
}
