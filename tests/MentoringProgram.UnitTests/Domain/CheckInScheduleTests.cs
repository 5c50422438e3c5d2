using MentoringProgram.Web.Domain;

namespace MentoringProgram.UnitTests.Domain;

/// <summary>The mentee's check-in: every few weeks from the start, open until the next one, never in the term's last
/// three weeks, caught up for a week when the job misses a day.</summary>
public class CheckInScheduleTests
{
    private static readonly DateOnly Start = new(2026, 1, 5);

    [Fact]
    public void EveryEightWeeks_FromTheStart_StoppingThreeWeeksBeforeTheEnd()
    {
        var ends = new DateOnly(2026, 7, 5);

        Assert.Equal([new DateOnly(2026, 3, 2), new DateOnly(2026, 4, 27)], CheckInSchedule.Days(Start, ends, 8));
        // 22 June is 13 days before the end: inside the quiet three weeks.
        Assert.False(CheckInSchedule.Exists(Start, ends, 8, 3));
    }

    [Fact]
    public void ACheckInOnTheContinuationNoticesFirstDay_IsNotHeld_OneTheDayBeforeIs()
    {
        var day = CheckInSchedule.DayOf(Start, 8, 1);

        Assert.False(CheckInSchedule.Exists(Start, day.AddDays(CheckInSchedule.QuietDaysBeforeEnd), 8, 1));
        Assert.True(CheckInSchedule.Exists(Start, day.AddDays(CheckInSchedule.QuietDaysBeforeEnd + 1), 8, 1));
    }

    [Fact]
    public void APeriodIsOpenFromItsDayUntilTheNext_AndMailedOnlyInItsFirstWeek()
    {
        var ends = new DateOnly(2026, 12, 31);
        var first = CheckInSchedule.DayOf(Start, 8, 1);

        Assert.Null(CheckInSchedule.OpenOn(Start, ends, 8, first.AddDays(-1)));
        Assert.Equal(1, CheckInSchedule.OpenOn(Start, ends, 8, first));
        Assert.Equal(1, CheckInSchedule.OpenOn(Start, ends, 8, first.AddDays(55)));
        Assert.Equal(2, CheckInSchedule.OpenOn(Start, ends, 8, first.AddDays(56)));
        Assert.Equal(1, CheckInSchedule.MailOn(Start, ends, 8, first.AddDays(CheckInSchedule.CatchUpDays - 1)));
        Assert.Null(CheckInSchedule.MailOn(Start, ends, 8, first.AddDays(CheckInSchedule.CatchUpDays)));
        Assert.Equal(first.AddDays(55), CheckInSchedule.LastDayOf(Start, ends, 8, 1));
    }

    [Fact]
    public void TheLastPeriodClosesAtTheTermsEnd_AndNothingIsOpenAfterIt()
    {
        var ends = new DateOnly(2026, 4, 1);

        Assert.Equal(ends, CheckInSchedule.LastDayOf(Start, ends, 8, 1));
        Assert.Null(CheckInSchedule.OpenOn(Start, ends, 8, ends.AddDays(1)));
    }

    [Fact]
    public void TheIntervalIsConfigurable_AcrossALeapDay()
    {
        var start = new DateOnly(2028, 2, 1);

        Assert.Equal(new DateOnly(2028, 3, 28), CheckInSchedule.DayOf(start, 4, 2));
        Assert.Equal([new DateOnly(2028, 2, 29), new DateOnly(2028, 3, 28), new DateOnly(2028, 4, 25), new DateOnly(2028, 5, 23)], CheckInSchedule.Days(start, new DateOnly(2028, 6, 15), 4));
    }
}
