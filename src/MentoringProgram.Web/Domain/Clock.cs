namespace MentoringProgram.Web.Domain;

public static class Clock
{
    /// <summary>Today's date in UTC, the day every enrollment, tenure and cadence rule is evaluated on.</summary>
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
}
