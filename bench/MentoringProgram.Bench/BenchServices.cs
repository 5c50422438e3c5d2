namespace MentoringProgram.Bench;

/// <summary>The in-process measurement's root services, reachable from the static helpers of Program.cs.</summary>
internal static class BenchServices
{
    public static IServiceProvider? Root { get; set; }
}
