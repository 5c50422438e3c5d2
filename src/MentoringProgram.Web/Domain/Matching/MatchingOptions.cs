namespace MentoringProgram.Web.Domain.Matching;

/// <summary>
/// How a bulk match is chosen. <see cref="LoadPenalty"/> spreads the load: the k-th mentee given to the same
/// mentor (k = 1, 2, ...) counts for its score minus LoadPenalty * (k - 1); 0 leaves scores as they are.
/// </summary>
public sealed record MatchingOptions(int LoadPenalty = 0)
{
    public static MatchingOptions Default { get; } = new();
}
