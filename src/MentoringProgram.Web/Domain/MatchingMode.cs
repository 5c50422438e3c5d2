namespace MentoringProgram.Web.Domain;

/// <summary>Who makes the match: the coordinator, or the mentee choosing from a short list (matching issue).</summary>
public enum MatchingMode
{
    CoordinatorMatches = 0,
    MenteeChooses = 1,
}
