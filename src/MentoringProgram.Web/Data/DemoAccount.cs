namespace MentoringProgram.Web.Data;

/// <summary>A demo login as the start-up banner prints it. The seeder, the banner and the test that checks each
/// promise all read <see cref="All"/>, so a printed line cannot drift from what the login can do.</summary>
public sealed record DemoAccount(string Label, string Email, DemoAccountPromise Promise)
{
    public static IReadOnlyList<DemoAccount> All { get; } =
    [
        new("Coordinator", DemoOptions.CoordinatorEmail, DemoAccountPromise.Coordinator),
        new("Staff (mentor, paired)", DemoOptions.VeteranStaffEmail, DemoAccountPromise.CanMentor),
        new("Staff (new, 4 months)", DemoOptions.NewStaffEmail, DemoAccountPromise.NewStaff),
    ];

    /// <summary>The line printed at start-up (and shown in the README).</summary>
    public string WelcomeLine(string? password) => $"  {Label + ":",-25}{Email} / {password}";
}
