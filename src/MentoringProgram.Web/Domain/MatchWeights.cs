namespace MentoringProgram.Web.Domain;

/// <summary>
/// How much each part of a mentor/mentee match counts, per program (used by the matching issue's scorer).
/// Kept here so a program carries its weights from the start; 0 switches a part off.
/// </summary>
public sealed record MatchWeights(int SharedTopics, int OutsideDepartment, int ContactMethods, int Experience, int SpreadLoad)
{
    public static MatchWeights Default { get; } = new(SharedTopics: 5, OutsideDepartment: 3, ContactMethods: 2, Experience: 2, SpreadLoad: 1);
}
