using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Continuation;

namespace MentoringProgram.UnitTests.Features;

/// <summary>The continuation question on the pairing page: the form takes one of the two answers and nothing else, and
/// the page asks only an active pairing's members, only while the question is open.</summary>
public class ContinuationInAppTests
{
    private static readonly DateOnly Ends = new(2027, 2, 28);

    [Theory]
    [InlineData(ContinuationChoice.Continue)]
    [InlineData(ContinuationChoice.End)]
    public void TheForm_TakesEitherAnswer(ContinuationChoice choice) =>
        Assert.True(new AnswerContinuationInApp.Validator().Validate(new AnswerContinuationInApp.Command { Choice = choice }).IsValid);

    [Theory]
    [InlineData(null)]
    [InlineData(7)]
    public void TheForm_RefusesNoAnswerOrAnUnknownOne_WithWordsBesideTheButtons(int? value)
    {
        var result = new AnswerContinuationInApp.Validator().Validate(new AnswerContinuationInApp.Command { Choice = (ContinuationChoice?)value });

        var error = Assert.Single(result.Errors);
        Assert.Equal((nameof(AnswerContinuationInApp.Command.Choice), AnswerContinuationInApp.ChooseOne), (error.PropertyName, error.ErrorMessage));
    }

    [Theory]
    [InlineData(PairingStatus.Active, -22, false)]
    [InlineData(PairingStatus.Active, -21, true)]
    [InlineData(PairingStatus.Active, 0, true)]
    [InlineData(PairingStatus.Active, 1, false)]
    [InlineData(PairingStatus.Completed, -5, false)]
    [InlineData(PairingStatus.Dissolved, -5, false)]
    public void ThePage_AsksOnlyWhileTheQuestionIsOpen(PairingStatus status, int daysFromEnd, bool asked) =>
        Assert.Equal(asked, ContinuationQuestionView.Of(1, status, Ends, Ends.AddDays(daysFromEnd), null, "Gale Good", true, new TermLength(6, TermUnit.Months)).Open);
}
