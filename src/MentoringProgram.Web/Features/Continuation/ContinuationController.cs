using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MentoringProgram.Web.Features.Continuation;

/// <summary>The signed links of the continuation notice. Anonymous on purpose: the token is the authority, and it
/// names exactly one member's answer for one pairing. GET changes nothing; the button posts.</summary>
[AllowAnonymous]
[Route("Continuation/{token}")]
public sealed class ContinuationController(AnswerContinuation.Handler answers) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Answer(string token, CancellationToken cancellationToken)
    {
        // Mail links must not leak the token onward in a Referer.
        Response.Headers["Referrer-Policy"] = "no-referrer";
        return await answers.LoadAsync(token, cancellationToken) is { } view ? View(new ContinuationPage(token, view, Done: false)) : NotFound();
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
        return View(nameof(Answer), new ContinuationPage(token, view, Done: state == SignedLinks.SignedLinkState.Ready));
    }
}
