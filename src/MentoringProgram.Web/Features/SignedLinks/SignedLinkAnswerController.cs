using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MentoringProgram.Web.Features.SignedLinks;

/// <summary>
/// The shape every signed link that answers a question shares (docs/adr/0016, docs/adr/0017): anonymous on purpose,
/// because the token is the authority and names exactly one member's answer for one pairing; GET only shows what the
/// link will do (mail scanners follow links), the page's button posts and acts; a token that is not ours is "not
/// found"; the page is sent with no Referer. Each link's controller names its route and its answers, and its view
/// (Answer.cshtml in its feature) says the rest.
/// </summary>
[AllowAnonymous]
[NoReferrer]
public abstract class SignedLinkAnswerController<TView>(ISignedLinkAnswers<TView> answers) : Controller
    where TView : class
{
    [HttpGet("")]
    public async Task<IActionResult> Answer(string token, CancellationToken cancellationToken) =>
        await answers.LoadAsync(token, cancellationToken) is { } view ? View(new SignedLinkPage<TView>(token, view, Done: false)) : NotFound();

    [HttpPost("")]
    [ActionName(nameof(Answer))]
    public async Task<IActionResult> AnswerPost(string token, CancellationToken cancellationToken)
    {
        if (await answers.AnswerAsync(token, cancellationToken) is not { } state || await answers.LoadAsync(token, cancellationToken) is not { } view)
        {
            return NotFound();
        }
        return View(nameof(Answer), new SignedLinkPage<TView>(token, view, Done: state == SignedLinkState.Ready));
    }
}
