namespace MentoringProgram.Web.Domain;

public enum PeriodUnit
{
    Weeks = 0,
    Months = 1,
}
