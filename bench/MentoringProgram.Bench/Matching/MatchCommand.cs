using System.Diagnostics;
using System.Globalization;
using MentoringProgram.Web.Domain.Matching;

namespace MentoringProgram.Bench.Matching;

/// <summary>
/// <c>match --pool FILE [--solver product|ortools] [--penalty P]</c>: solves one pool and prints
/// <c>RESULT total_score=N solve_ms=X peak_mb=Y</c>, peak_mb being the whole process's peak resident memory.
/// </summary>
internal static class MatchCommand
{
    public static int Run(string[] args)
    {
        string? poolPath = null;
        var solver = "product";
        var penalty = 0;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--pool" when i + 1 < args.Length:
                    poolPath = args[++i];
                    break;
                case "--solver" when i + 1 < args.Length:
                    solver = args[++i];
                    break;
                case "--penalty" when i + 1 < args.Length:
                    penalty = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                default:
                    Console.Error.WriteLine($"Unknown argument '{args[i]}'. Usage: match --pool FILE [--solver product|ortools] [--penalty P]");
                    return 2;
            }
        }
        if (poolPath is null || solver is not ("product" or "ortools"))
        {
            Console.Error.WriteLine("Usage: match --pool FILE [--solver product|ortools] [--penalty P]");
            return 2;
        }

        var pool = Pool.Read(poolPath);
        long total;
        double solveMs;
        if (solver == "ortools")
        {
            (total, solveMs) = OrToolsMatcher.Solve(pool.Capacities, pool.Scores, penalty);
        }
        else
        {
            var watch = Stopwatch.StartNew();
            var result = AssignmentSolver.Solve(pool.Capacities, pool.Scores, new MatchingOptions(penalty));
            watch.Stop();
            total = result.TotalScore;
            solveMs = watch.Elapsed.TotalMilliseconds;
        }
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"RESULT total_score={total} solve_ms={solveMs:F1} peak_mb={PeakMegabytes():F1}"));
        return 0;
    }

    /// <summary>VmHWM from /proc/self/status: the process's peak resident set, which is what a small container limits.</summary>
    private static double PeakMegabytes()
    {
        const string Prefix = "VmHWM:";
        if (File.Exists("/proc/self/status"))
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith(Prefix, StringComparison.Ordinal))
                {
                    var kilobytes = long.Parse(line[Prefix.Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                    return kilobytes / 1024.0;
                }
            }
        }
        return Process.GetCurrentProcess().PeakWorkingSet64 / (1024.0 * 1024.0);
    }
}
