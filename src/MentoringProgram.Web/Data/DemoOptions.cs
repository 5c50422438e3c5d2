namespace MentoringProgram.Web.Data;

public sealed class DemoOptions
{
    public const string Section = "Demo";

    /// <summary>Seed a demo library on first run. Never in Production.</summary>
    public bool Seed { get; set; }

    /// <summary>Password of the demo logins; set in Development settings only.</summary>
    public string? Password { get; set; }

    public const string CoordinatorEmail = "coordinator@demo.library.test";
    public const string NewStaffEmail = "sam.rivera@demo.library.test";
    public const string VeteranStaffEmail = "alex.morgan@demo.library.test";
}
