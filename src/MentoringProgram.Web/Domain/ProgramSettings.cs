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
    bool MentorTrainingRequired = false,
    int MenteeChoices = ProgramSettings.DefaultMenteeChoices,
    int MentorAnswerDays = ProgramSettings.DefaultMentorAnswerDays,
    string? Checklist = null)
{
    /// <summary>In a mentee-choice program, how many suggested mentors the mentee chooses from.</summary>
    public const int DefaultMenteeChoices = 3;

    /// <summary>In a mentee-choice program, the days a mentor has to accept or decline an ask before it expires.</summary>
    public const int DefaultMentorAnswerDays = 3;
}
