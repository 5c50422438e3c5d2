namespace MentoringProgram.Web.Domain;

/// <summary>Mentor eligibility by time on staff: "any staff member who has worked in the Libraries for at
/// least a year is eligible to serve as a mentor".</summary>
public static class Tenure
{
    public static int WholeMonthsBetween(DateOnly from, DateOnly to)
    {
        if (to < from)
        {
            return 0;
        }
        var months = ((to.Year - from.Year) * 12) + to.Month - from.Month;
        // A month counts once the same day of the month is reached; the 31st is reached on a shorter month's last day.
        var dayReached = to.Day >= Math.Min(from.Day, DateTime.DaysInMonth(to.Year, to.Month));
        return dayReached ? months : months - 1;
    }

    /// <summary>The first day someone hired on <paramref name="hireDate"/> has the required months of service.</summary>
    public static DateOnly EligibleFrom(DateOnly hireDate, int minimumMonths) => hireDate.AddMonths(minimumMonths);

    public static MentorEligibility Evaluate(DateOnly? hireDate, int minimumMonths, DateOnly today)
    {
        if (minimumMonths <= 0)
        {
            return MentorEligibility.Eligible();
        }
        if (hireDate is not { } hired)
        {
            return MentorEligibility.Unknown();
        }
        var eligibleFrom = EligibleFrom(hired, minimumMonths);
        return today >= eligibleFrom ? MentorEligibility.Eligible() : MentorEligibility.NotYet(eligibleFrom, minimumMonths);
    }
}
