namespace MentoringProgram.Web.Domain;

public sealed record MentorEligibility(bool IsEligible, DateOnly? EligibleFrom, string? Reason)
{
    /// <summary>The hire date is missing: the same for every program, so pages say it once, not per program.</summary>
    public bool HireDateUnknown { get; private init; }

    public static MentorEligibility Eligible() => new(true, null, null);

    // Staff cannot enter their own hire date (it decides eligibility); the coordinator records it on request.
    public static MentorEligibility Unknown() =>
        new(false, null, "Your hire date is not on record, so we cannot tell how long you have been on staff. Ask the coordinator to add it: on your profile, choose \"Ask for a correction\" next to your hire date.")
        {
            HireDateUnknown = true,
        };

    public static MentorEligibility NotYet(DateOnly from, int months) =>
        new(false, from, $"Mentors need at least {DescribeMonths(months)} on staff. You will be eligible from {from:d MMMM yyyy}.");

    private static string DescribeMonths(int months) => months % 12 == 0
        ? (months == 12 ? "one year" : $"{months / 12} years")
        : $"{months} months";
}
