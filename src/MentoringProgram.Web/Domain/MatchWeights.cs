namespace MentoringProgram.Web.Domain;

/// <summary>
/// How much each part of a mentor/mentee match counts, per program (see <see cref="Matching.MatchScorer"/>); 0 switches
/// a part off. Stored as JSON on the program: a part added later takes its default when older JSON lacks it.
/// </summary>
public sealed record MatchWeights(int SharedTopics, int OutsideDepartment, int ContactMethods, int Experience, int SpreadLoad, int SameLocation = 1)
{
    public static MatchWeights Default { get; } = new(SharedTopics: 5, OutsideDepartment: 3, ContactMethods: 2, Experience: 2, SpreadLoad: 1, SameLocation: 1);
}
