using MentoringProgram.Web.Domain;

namespace MentoringProgram.Web.Features.Assessment;

/// <summary>Settings of the "Assessment" section: how small a group of respondents may be before its results are held back.</summary>
public sealed class AssessmentOptions
{
    public const string Section = "Assessment";

    /// <summary>The smallest group whose results are shown (<see cref="SmallGroups"/>); below 3 it would protect no one.</summary>
    public int MinimumGroupSize { get; set; } = SmallGroups.DefaultMinimum;
}
