using MentoringProgram.Web.Domain;

namespace MentoringProgram.UnitTests.Domain;

/// <summary>The next cycle proposed from a program's cycles: dates moved by the last gap or the term length, the name
/// moved on.</summary>
public sealed class CyclePlanTests
{
    private static CyclePlan Cycle(string name, string opens, string deadline, string termStarts) =>
        new(name, new EnrollmentWindow(DateOnly.Parse(opens), DateOnly.Parse(deadline)), DateOnly.Parse(termStarts));

    [Theory]
    [InlineData("2026", "2027")]
    [InlineData("Spring 2026", "Spring 2027")]
    [InlineData("Cohort 9", "Cohort 10")]
    [InlineData("Round 007", "Round 008")]
    [InlineData("2026-27", "2027-28")]
    [InlineData("AY 2099/00", "AY 2100/01")]
    [InlineData("2026–2027", "2027–2028")]
    [InlineData("Pilot", "Pilot (next)")]
    [InlineData("2026 pilot", "2026 pilot (next)")]
    [InlineData("  Spring 2026 ", "Spring 2027")]
    public void NameAfter_MovesATrailingYearOrNumberOn_ElseSaysNext(string name, string next) =>
        Assert.Equal(next, CyclePlan.NameAfter(name));

    [Fact]
    public void WithOneCycle_DatesMoveByTheTermLength()
    {
        var next = CyclePlan.Following([Cycle("2026", "2026-01-05", "2026-02-15", "2026-03-01")], new TermLength(6, TermUnit.Months));

        Assert.Equal(Cycle("2027", "2026-07-05", "2026-08-15", "2026-09-01"), next);
    }

    [Fact]
    public void WithOneCycle_InSemesters_DatesMoveByFourMonthsEach()
    {
        var next = CyclePlan.Following([Cycle("Fall 2026", "2026-06-01", "2026-07-31", "2026-09-01")], new TermLength(3, TermUnit.Semesters));

        Assert.Equal(new DateOnly(2027, 9, 1), next!.TermStarts);
    }

    [Fact]
    public void WithTwoCycles_DatesMoveByTheGapBetweenTheLastTwoTermStarts_InWholeMonths_SoAYearlyCycleKeepsItsDay()
    {
        var next = CyclePlan.Following(
            [Cycle("2027", "2027-01-04", "2027-02-14", "2027-03-01"), Cycle("2026", "2026-01-05", "2026-02-15", "2026-03-01")],
            new TermLength(6, TermUnit.Months));

        // Latest is 2027 (given first, found by its term start); a year later, across the leap day of 2028.
        Assert.Equal(Cycle("2028", "2028-01-04", "2028-02-14", "2028-03-01"), next);
    }

    [Fact]
    public void WithTwoCycles_AGapThatIsNotWholeMonths_MovesByDays()
    {
        var next = CyclePlan.Following(
            [Cycle("Cohort 1", "2026-01-01", "2026-01-20", "2026-02-02"), Cycle("Cohort 2", "2026-03-01", "2026-03-20", "2026-04-06")],
            new TermLength(12, TermUnit.Months));

        Assert.Equal(Cycle("Cohort 3", "2026-05-03", "2026-05-22", "2026-06-08"), next);
    }

    [Fact]
    public void TwoCyclesStartingTheSameDay_FallBackToTheTermLength()
    {
        var next = CyclePlan.Following(
            [Cycle("A", "2026-01-01", "2026-01-20", "2026-02-02"), Cycle("B", "2026-01-02", "2026-01-21", "2026-02-02")],
            new TermLength(12, TermUnit.Months));

        Assert.Equal(Cycle("B (next)", "2027-01-02", "2027-01-21", "2027-02-02"), next);
    }

    [Fact]
    public void NoCycles_NoProposal() =>
        Assert.Null(CyclePlan.Following([], new TermLength(6, TermUnit.Months)));
}
