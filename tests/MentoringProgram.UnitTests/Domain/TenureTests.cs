using MentoringProgram.Web.Domain;

namespace MentoringProgram.UnitTests.Domain;

public class TenureTests
{
    [Theory]
    [InlineData("2025-03-15", "2026-03-14", 11)]
    [InlineData("2025-03-15", "2026-03-15", 12)]
    [InlineData("2025-01-31", "2025-02-28", 1)]
    [InlineData("2025-01-31", "2025-02-27", 0)]
    [InlineData("2026-05-01", "2026-04-01", 0)]
    public void WholeMonthsBetween_CountsAMonthOnceTheSameDayIsReached(string from, string to, int expected) =>
        Assert.Equal(expected, Tenure.WholeMonthsBetween(DateOnly.Parse(from), DateOnly.Parse(to)));

    [Fact]
    public void Evaluate_OneDayShortOfAYear_IsNotEligibleAndSaysWhen()
    {
        var result = Tenure.Evaluate(new DateOnly(2025, 9, 1), 12, new DateOnly(2026, 8, 31));

        Assert.False(result.IsEligible);
        Assert.Equal(new DateOnly(2026, 9, 1), result.EligibleFrom);
        Assert.Contains("one year", result.Reason);
        Assert.Contains("1 September 2026", result.Reason);
    }

    [Fact]
    public void Evaluate_OnTheAnniversary_IsEligible() =>
        Assert.True(Tenure.Evaluate(new DateOnly(2025, 9, 1), 12, new DateOnly(2026, 9, 1)).IsEligible);

    [Fact]
    public void Evaluate_WithoutHireDate_IsNotEligibleAndAsksForIt()
    {
        var result = Tenure.Evaluate(null, 12, new DateOnly(2026, 9, 1));

        Assert.False(result.IsEligible);
        Assert.Null(result.EligibleFrom);
        Assert.True(result.HireDateUnknown);
        Assert.Contains("Ask the coordinator", result.Reason);
    }

    [Fact]
    public void Evaluate_ProgramWithNoMinimum_AcceptsEveryone() =>
        Assert.True(Tenure.Evaluate(null, 0, new DateOnly(2026, 9, 1)).IsEligible);

    [Fact]
    public void StaffMember_MonthsOfService_UsesHireDate()
    {
        var staff = new StaffMember("Jo Smith", " Jo.Smith@Library.Test ") { HireDate = new DateOnly(2024, 1, 10) };

        Assert.Equal(24, staff.MonthsOfService(new DateOnly(2026, 1, 10)));
        Assert.Equal("jo.smith@library.test", staff.WorkEmail);
    }
}
