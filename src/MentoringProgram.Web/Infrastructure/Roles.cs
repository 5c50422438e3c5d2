namespace MentoringProgram.Web.Infrastructure;

public static class Roles
{
    public const string Coordinator = "Coordinator";
    public const string Staff = "Staff";

    public static IReadOnlyList<string> All { get; } = [Coordinator, Staff];
}
