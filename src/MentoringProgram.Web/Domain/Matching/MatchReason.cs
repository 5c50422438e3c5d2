namespace MentoringProgram.Web.Domain.Matching;

/// <summary>One part of a match's score, in words. <see cref="ForThePair"/> parts may appear in the introduction
/// both members read; the others (places left, training) are the coordinator's business.</summary>
public sealed record MatchReason(string Text, int Points, bool ForThePair);
