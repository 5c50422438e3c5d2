namespace MentoringProgram.Bench;

/// <summary>The two logins the seed creates; bench/run.sh signs in with the same values.</summary>
internal static class BenchAccounts
{
    public const string CoordinatorEmail = "coordinator@bench.test";
    public const string StaffEmail = "staff@bench.test";

    // Long and uncommon, so the app's password rules accept it.
    public const string Password = "bench-mentoring-2026-long";
}
