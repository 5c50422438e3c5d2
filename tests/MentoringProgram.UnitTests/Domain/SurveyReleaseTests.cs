using MentoringProgram.Web.Domain;

namespace MentoringProgram.UnitTests.Domain;

public sealed class SurveyReleaseTests
{
    [Fact]
    public void AnOpenSurvey_IsNotReleased_AClosedOneIs()
    {
        Assert.False(SurveyRelease.Released(closedAt: null));
        Assert.True(SurveyRelease.Released(new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData(2, 2, true)]
    [InlineData(1, 1, true)]
    [InlineData(2, 1, false)]
    [InlineData(2, 0, false)]
    [InlineData(0, 0, false)]
    public void FiguresFromSeveralSurveys_AreReleasedOnlyWhenEveryOneIsClosed(int surveys, int closed, bool released) =>
        Assert.Equal(released, SurveyRelease.Released(surveys, closed));

    [Theory]
    [InlineData(-1, 0)]
    [InlineData(1, -1)]
    [InlineData(1, 2)]
    public void MoreClosedThanThereAreSurveys_IsAMistakeOfTheCaller(int surveys, int closed) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => SurveyRelease.Released(surveys, closed));
}
