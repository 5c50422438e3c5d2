using MentoringProgram.Web.Features.SignedLinks;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MentoringProgram.Web.Features.CheckIns;

/// <summary>The signed links of the check-in mail. Anonymous on purpose: the token is the authority, and it names
/// exactly the mentee's answer for one pairing. GET changes nothing; the button posts.</summary>
[AllowAnonymous]
[Route("CheckIn/{token}")]
public sealed class CheckInController(AnswerCheckIn.Handler answers) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Answer(string token, CancellationToken cancellationToken)
    {
        // Mail links must not leak the token onward in a Referer.
        Response.Headers["Referrer-Policy"] = "no-referrer";
        return await answers.LoadAsync(token, cancellationToken) is { } view ? View(new CheckInPage(token, view, Done: false)) : NotFound();
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
        return View(nameof(Answer), new CheckInPage(token, view, Done: state == SignedLinkState.Ready));
    }
}
