using MentoringProgram.Web.Domain;

namespace MentoringProgram.UnitTests.Domain;

public class EnrollmentWindowTests
{
    private static readonly EnrollmentWindow Window = new(new DateOnly(2026, 8, 1), new DateOnly(2026, 8, 28));

    [Theory]
    [InlineData("2026-07-31", EnrollmentState.NotYetOpen)]
    [InlineData("2026-08-01", EnrollmentState.Open)]
    [InlineData("2026-08-28", EnrollmentState.Open)]
    [InlineData("2026-08-29", EnrollmentState.Closed)]
    public void StateOn_IncludesBothEnds(string day, EnrollmentState expected) =>
        Assert.Equal(expected, Window.StateOn(DateOnly.Parse(day)));

    [Fact]
    public void DaysLeft_CountsToTheDeadline() =>
        Assert.Equal(3, Window.DaysLeft(new DateOnly(2026, 8, 25)));

    [Fact]
    public void Constructor_RefusesADeadlineBeforeOpening() =>
        Assert.Throws<ArgumentException>(() => new EnrollmentWindow(new DateOnly(2026, 8, 2), new DateOnly(2026, 8, 1)));

    [Fact]
    public void Program_CurrentOrNextCycle_PrefersTheOpenOneThenTheNextToOpen()
    {
        var program = new MentorshipProgram("Staff Mentoring", ProgramTemplates.All[0].Settings);
        var open = program.AddCycle("2026", Window, new DateOnly(2026, 9, 15));
        var next = program.AddCycle("2027", new EnrollmentWindow(new DateOnly(2027, 8, 1), new DateOnly(2027, 8, 28)), new DateOnly(2027, 9, 15));

        Assert.Same(open, program.CurrentOrNextCycle(new DateOnly(2026, 8, 10)));
        Assert.Same(next, program.CurrentOrNextCycle(new DateOnly(2026, 9, 1)));
        Assert.Equal(new DateOnly(2027, 9, 14), open.TermEnds);
    }
}
