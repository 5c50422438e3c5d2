namespace MentoringProgram.Web.Domain;

/// <summary>How long a pairing lasts: "6-12 months", "three consecutive semesters", "at least six months".</summary>
public readonly record struct TermLength(int Count, TermUnit Unit)
{
    /// <summary>A semester is counted as four months: an academic year's two semesters and a summer.</summary>
    public const int MonthsPerSemester = 4;

    public int TotalMonths => Unit == TermUnit.Semesters ? Count * MonthsPerSemester : Count;

    public DateOnly EndFrom(DateOnly start) => start.AddMonths(TotalMonths).AddDays(-1);

    public override string ToString() => (Count, Unit) switch
    {
        (1, TermUnit.Months) => "1 month",
        (_, TermUnit.Months) => $"{Count} months",
        (1, TermUnit.Semesters) => "1 semester",
        _ => $"{Count} semesters",
    };
}
