namespace MentoringProgram.Web.Domain;

/// <summary>
/// How much each part of a mentor/mentee match counts, per program (see <see cref="Matching.MatchScorer"/>); 0 switches
/// a part off. Stored as JSON on the program: a part added later takes its default when older JSON lacks it.
/// </summary>
public sealed record MatchWeights(int SharedTopics, int OutsideDepartment, int ContactMethods, int Experience, int SpreadLoad, int SameLocation = 1)
{
    /// <summary>The most a part can count. Small on purpose: scores stay small integers for the exact bulk solver, and
    /// ten steps are as many as a coordinator can tell apart.</summary>
    public const int Highest = 10;

    public static MatchWeights Default { get; } = new(SharedTopics: 5, OutsideDepartment: 3, ContactMethods: 2, Experience: 2, SpreadLoad: 1, SameLocation: 1);

    public bool IsWithinRange => new[] { SharedTopics, OutsideDepartment, ContactMethods, Experience, SpreadLoad, SameLocation }.All(w => w is >= 0 and <= Highest);
}
