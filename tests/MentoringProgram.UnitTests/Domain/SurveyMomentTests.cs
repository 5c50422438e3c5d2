using MentoringProgram.Web.Domain;

namespace MentoringProgram.UnitTests.Domain;

public class SurveyMomentTests
{
    private static readonly DateOnly Start = new(2026, 9, 1);

    [Fact]
    public void ThePreSurvey_IsDueOnceThePairingIsActive_EvenBeforeTheFirstDay_AndFor60DaysFromTheStart()
    {
        Assert.True(SurveyMoment.IsDue(SurveyKind.Pre, PairingStatus.Active, Start, null, Start.AddDays(-10)));
        Assert.True(SurveyMoment.IsDue(SurveyKind.Pre, PairingStatus.Active, Start, null, Start.AddDays(60)));
        Assert.False(SurveyMoment.IsDue(SurveyKind.Pre, PairingStatus.Active, Start, null, Start.AddDays(61)));
        Assert.False(SurveyMoment.IsDue(SurveyKind.Pre, PairingStatus.Proposed, Start, null, Start));
    }

    [Fact]
    public void ThePulse_IsDueFrom30DaysIn_WhileActive()
    {
        Assert.False(SurveyMoment.IsDue(SurveyKind.Pulse, PairingStatus.Active, Start, null, Start.AddDays(29)));
        Assert.Equal(Start.AddDays(30), SurveyMoment.Of(SurveyKind.Pulse, PairingStatus.Active, Start, null, Start.AddDays(30)));
        Assert.True(SurveyMoment.IsDue(SurveyKind.Pulse, PairingStatus.Active, Start, null, Start.AddDays(90)));
        Assert.False(SurveyMoment.IsDue(SurveyKind.Pulse, PairingStatus.Active, Start, null, Start.AddDays(91)));
        Assert.False(SurveyMoment.IsDue(SurveyKind.Pulse, PairingStatus.Dissolved, Start, Start.AddDays(40), Start.AddDays(45)));
    }

    [Theory]
    [InlineData(SurveyKind.Post, PairingStatus.Completed, true)]
    [InlineData(SurveyKind.Post, PairingStatus.Dissolved, false)]
    [InlineData(SurveyKind.Closing, PairingStatus.Dissolved, true)]
    [InlineData(SurveyKind.Closing, PairingStatus.Completed, false)]
    [InlineData(SurveyKind.Post, PairingStatus.Cancelled, false)]
    [InlineData(SurveyKind.Pre, PairingStatus.Completed, false)]
    public void TheEndingSurveys_AreDueFromTheDayThePairingEnded_OnlyForTheirEnding(SurveyKind kind, PairingStatus status, bool due)
    {
        var ended = Start.AddDays(200);

        Assert.Equal(due, SurveyMoment.IsDue(kind, status, Start, ended, ended));
        Assert.Equal(due, SurveyMoment.IsDue(kind, status, Start, ended, ended.AddDays(SurveyMoment.AnswerWindowDays)));
        Assert.False(SurveyMoment.IsDue(kind, status, Start, ended, ended.AddDays(SurveyMoment.AnswerWindowDays + 1)));
    }

    [Fact]
    public void TheReminder_ComesSevenDaysAfterTheInvitation()
    {
        Assert.False(SurveyMoment.IsReminderDay(Start, Start.AddDays(6)));
        Assert.True(SurveyMoment.IsReminderDay(Start, Start.AddDays(7)));
    }
}
