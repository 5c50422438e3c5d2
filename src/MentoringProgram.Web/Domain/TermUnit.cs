namespace MentoringProgram.Web.Domain;

public enum TermUnit
{
    Months = 0,
    Semesters = 1,
}
