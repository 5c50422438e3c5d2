namespace MentoringProgram.Web.Features.Assessment;

/// <summary>The one dimension a survey's results are broken down by: never two at once (see <see cref="Domain.SmallGroups"/>).</summary>
public enum ResultsBreakdown
{
    Everyone = 0,
    Role = 1,
    Department = 2,
}
