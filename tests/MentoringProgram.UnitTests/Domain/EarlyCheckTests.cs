using MentoringProgram.Web.Domain;
using Microsoft.Extensions.Time.Testing;

namespace MentoringProgram.UnitTests.Domain;

/// <summary>"Is this working?" opens after the pair's second held meeting or 30 days after the start, whichever comes
/// first, on the program's calendar.</summary>
public class EarlyCheckTests
{
    [Fact]
    public void WithoutMeetings_ItIsDue30DaysAfterTheStart_AcrossAMonthEnd()
    {
        var starts = new DateOnly(2026, 1, 31);

        Assert.Equal(new DateOnly(2026, 3, 2), EarlyCheck.DueOn(starts, []));
        Assert.False(EarlyCheck.IsDue(PairingStatus.Active, starts, [], new DateOnly(2026, 3, 1)));
        Assert.True(EarlyCheck.IsDue(PairingStatus.Active, starts, [], new DateOnly(2026, 3, 2)));
    }

    [Fact]
    public void InALeapYear_ThirtyDaysFromTheEndOfJanuary_IsTheFirstOfMarch()
    {
        Assert.Equal(new DateOnly(2028, 3, 1), EarlyCheck.DueOn(new DateOnly(2028, 1, 31), []));
    }

    [Fact]
    public void TheSecondHeldMeeting_OpensItEarlier_OnTheDayItWasHeld()
    {
        var starts = new DateOnly(2026, 9, 15);
        DateOnly[] held = [new(2026, 9, 25), new(2026, 9, 18)];

        Assert.Equal(new DateOnly(2026, 9, 25), EarlyCheck.DueOn(starts, held));
        Assert.False(EarlyCheck.IsDue(PairingStatus.Active, starts, held, new DateOnly(2026, 9, 24)));
        Assert.True(EarlyCheck.IsDue(PairingStatus.Active, starts, held, new DateOnly(2026, 9, 25)));
    }

    [Fact]
    public void OneMeeting_OrTwoAfterTheThirtiethDay_LeavesThe30DayRule()
    {
        var starts = new DateOnly(2026, 9, 15);

        Assert.Equal(new DateOnly(2026, 10, 15), EarlyCheck.DueOn(starts, [new(2026, 9, 16)]));
        Assert.Equal(new DateOnly(2026, 10, 15), EarlyCheck.DueOn(starts, [new(2026, 9, 16), new(2026, 10, 20)]));
    }

    [Theory]
    [InlineData(PairingStatus.Proposed)]
    [InlineData(PairingStatus.Completed)]
    [InlineData(PairingStatus.Dissolved)]
    public void OnlyAnActivePairing_IsAsked(PairingStatus status) =>
        Assert.False(EarlyCheck.IsDue(status, new DateOnly(2026, 1, 1), [], new DateOnly(2026, 6, 1)));

    [Theory]
    [InlineData("2026-03-02T09:59:00Z", false)] // 23:59 on 1 March in Honolulu (UTC-10)
    [InlineData("2026-03-02T10:00:00Z", true)]  // midnight on 2 March in Honolulu
    public void TheDueDay_BeginsAtMidnightInTheProgramsZone_NotUtc(string instant, bool due)
    {
        var program = new MentorshipProgram("Peer Connections", ProgramTemplates.All[0].Settings);
        program.SetTimeZone("Pacific/Honolulu");
        var today = program.Today(new FakeTimeProvider(DateTimeOffset.Parse(instant, System.Globalization.CultureInfo.InvariantCulture)));

        Assert.Equal(due, EarlyCheck.IsDue(PairingStatus.Active, new DateOnly(2026, 1, 31), [], today));
    }
}
