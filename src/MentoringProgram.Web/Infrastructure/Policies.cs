namespace MentoringProgram.Web.Infrastructure;

public static class Policies
{
    public const string Coordinator = "Coordinator";
    public const string Staff = "Staff";
}
