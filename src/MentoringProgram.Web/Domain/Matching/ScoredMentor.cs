namespace MentoringProgram.Web.Domain.Matching;

/// <summary>A mentor who may be matched with a request, the score and every part of it in words.</summary>
public sealed record ScoredMentor(MentorFacts Mentor, int Score, IReadOnlyList<MatchReason> Reasons);
