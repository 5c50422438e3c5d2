namespace MentoringProgram.Web.Features.Continuation;

/// <summary>The page a continuation link opens: what it will do, or what it did.</summary>
public sealed record ContinuationPage(string Token, AnswerContinuation.View Link, bool Done);
