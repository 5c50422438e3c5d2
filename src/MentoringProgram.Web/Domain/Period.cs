using System.Globalization;

namespace MentoringProgram.Web.Domain;

public readonly record struct Period(int Count, PeriodUnit Unit)
{
    public DateOnly AddTo(DateOnly day) => Unit == PeriodUnit.Weeks ? day.AddDays(7 * Count) : day.AddMonths(Count);

    public override string ToString() => (Count, Unit) switch
    {
        (1, PeriodUnit.Weeks) => "week",
        (1, PeriodUnit.Months) => "month",
        (2, PeriodUnit.Weeks) => "two weeks",
        (_, PeriodUnit.Weeks) => string.Create(CultureInfo.InvariantCulture, $"{Count} weeks"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Count} months"),
    };
}
