namespace MentoringProgram.Web.Infrastructure;

public sealed class AccountOptions
{
    public const string Section = "Accounts";

    /// <summary>When set, only these email domains may register (e.g. "library.example.edu").</summary>
    public string[] AllowedEmailDomains { get; set; } = [];

    /// <summary>Made a coordinator at start-up if the account exists, or invited if it does not.</summary>
    public string? CoordinatorEmail { get; set; }

    public TimeSpan IdleTimeout { get; set; } = TimeSpan.FromMinutes(30);
    public TimeSpan AbsoluteTimeout { get; set; } = TimeSpan.FromHours(12);
}
