namespace MentoringProgram.Web.Domain;

/// <summary>Everything about a program that a coordinator sets, in one value, so templates and forms share it.</summary>
public sealed record ProgramSettings(
    string Description,
    string Expectations,
    TermLength Term,
    bool Renewable,
    int MinimumMentorTenureMonths,
    CadenceRule Cadence,
    int DefaultMentorCapacity,
    decimal? LunchAllowance,
    MatchingMode MatchingMode,
    string? CoordinatorContact,
    bool MentorTrainingRequired = false);
