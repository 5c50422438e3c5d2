namespace MentoringProgram.Web.Domain.Matching;

/// <summary>
/// The chosen pairs: for each request the index of its mentor, or <see cref="Unmatched"/>. TotalScore is the sum
/// of the chosen pairs' scores less the load penalty (see <see cref="MatchingOptions"/>), the figure maximised.
/// </summary>
public sealed class MatchingResult(int[] mentorOfRequest, long totalScore)
{
    public const int Unmatched = -1;

    public IReadOnlyList<int> MentorOfRequest { get; } = mentorOfRequest;

    public long TotalScore { get; } = totalScore;

    public int MatchedCount => MentorOfRequest.Count(mentor => mentor != Unmatched);
}
