using Microsoft.AspNetCore.Mvc.Filters;

namespace MentoringProgram.Web.Features.SignedLinks;

/// <summary>A page opened from a signed link must not pass its token onward in a Referer, whatever it answers (the
/// page, or "not found"). The security headers leave a Referrer-Policy already set alone.</summary>
[AttributeUsage(AttributeTargets.Class | AttributeTargets.Method, Inherited = true)]
public sealed class NoReferrerAttribute : ActionFilterAttribute
{
    public override void OnActionExecuting(ActionExecutingContext context) => context.HttpContext.Response.Headers["Referrer-Policy"] = "no-referrer";
}
