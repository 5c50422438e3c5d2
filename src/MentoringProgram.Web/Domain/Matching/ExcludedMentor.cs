namespace MentoringProgram.Web.Domain.Matching;

/// <summary>A mentor a hard rule removes from a request's suggestions, and the rule, in words.</summary>
public sealed record ExcludedMentor(MentorFacts Mentor, string Rule);
