namespace MentoringProgram.Web.Features.CheckIns;

/// <summary>The page a check-in link opens: what it will do, or what it did.</summary>
public sealed record CheckInPage(string Token, AnswerCheckIn.View Link, bool Done);
