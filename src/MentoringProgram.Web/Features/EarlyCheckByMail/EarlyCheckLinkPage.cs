namespace MentoringProgram.Web.Features.EarlyCheckByMail;

/// <summary>The page an early-check link opens: what it will do, or what it did.</summary>
public sealed record EarlyCheckLinkPage(string Token, AnswerEarlyCheckByMail.View Link, bool Done);
