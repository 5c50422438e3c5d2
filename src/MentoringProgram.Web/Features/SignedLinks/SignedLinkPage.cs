namespace MentoringProgram.Web.Features.SignedLinks;

/// <summary>The page a signed link in mail opens: what it will do, or (after its button) what it did.</summary>
public sealed record SignedLinkPage<TView>(string Token, TView Link, bool Done);
