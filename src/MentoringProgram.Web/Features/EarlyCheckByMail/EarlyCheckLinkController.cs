using MentoringProgram.Web.Features.SignedLinks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MentoringProgram.Web.Features.EarlyCheckByMail;

/// <summary>The signed links of the early-check mail. Anonymous on purpose: the token is the authority, and it names
/// exactly one member's answer for one pairing. GET changes nothing; the button posts.</summary>
[AllowAnonymous]
[Route("EarlyCheck/{token}")]
public sealed class EarlyCheckLinkController(AnswerEarlyCheckByMail.Handler answers) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Answer(string token, CancellationToken cancellationToken)
    {
        // Mail links must not leak the token onward in a Referer.
        Response.Headers["Referrer-Policy"] = "no-referrer";
        return await answers.LoadAsync(token, cancellationToken) is { } view ? View(new EarlyCheckLinkPage(token, view, Done: false)) : NotFound();
    }

    [HttpPost("")]
    [ActionName(nameof(Answer))]
    public async Task<IActionResult> AnswerPost(string token, CancellationToken cancellationToken)
    {
        Response.Headers["Referrer-Policy"] = "no-referrer";
        if (await answers.AnswerAsync(token, cancellationToken) is not { } state || await answers.LoadAsync(token, cancellationToken) is not { } view)
        {
            return NotFound();
        }
        return View(nameof(Answer), new EarlyCheckLinkPage(token, view, Done: state == SignedLinkState.Ready));
    }
}
