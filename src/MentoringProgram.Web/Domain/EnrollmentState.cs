namespace MentoringProgram.Web.Domain;

public enum EnrollmentState
{
    NotYetOpen,
    Open,
    Closed,
}
