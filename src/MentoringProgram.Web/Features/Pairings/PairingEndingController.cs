using FluentValidation;
using FluentValidation.AspNetCore;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MentoringProgram.Web.Features.Pairings;

/// <summary>A member's early check and asking to end their pairing. The pairing id comes from the route and each
/// handler checks it against the signed-in person: a pairing they are not in is "not found", for a coordinator too.</summary>
[Authorize(Policy = Policies.Staff)]
[Route("My/Pairings/{pairingId:int}")]
public sealed class PairingEndingController(CurrentStaff current, AskToEnd.Handler ask, TakeBackEndRequest.Handler takeBack, AnswerEarlyCheck.Handler earlyCheck,
    IValidator<AskToEnd.Command> validator) : Controller
{
    [HttpGet("End")]
    public async Task<IActionResult> AskToEnd(int pairingId, CancellationToken cancellationToken) =>
        await current.FindAsync(cancellationToken) is { } staff && await ask.LoadAsync(staff.Id, pairingId, cancellationToken) is { } form
            ? View(new AskToEnd.Page(form, new AskToEnd.Command()))
            : NotFound();

    [HttpPost("End")]
    public async Task<IActionResult> AskToEnd(int pairingId, [Bind(Prefix = "Form")] AskToEnd.Command command, CancellationToken cancellationToken)
    {
        if (await current.FindAsync(cancellationToken) is not { } staff || await ask.LoadAsync(staff.Id, pairingId, cancellationToken) is not { } form)
        {
            return NotFound();
        }
        (await validator.ValidateAsync(command, cancellationToken)).AddToModelState(ModelState, "Form");
        if (ModelState.IsValid)
        {
            var result = await ask.HandleAsync(staff.Id, current.UserId, pairingId, command, cancellationToken);
            if (!result.Found)
            {
                return NotFound();
            }
            if (result.Refusal is null)
            {
                TempData["Notice"] = "Your request is with the coordinator, who will be in touch. You can take it back from this page until they decide.";
                return RedirectToAction(nameof(PairingsController.Pairing), "Pairings", new { pairingId });
            }
            ModelState.AddModelError("", result.Refusal);
        }
        return View(new AskToEnd.Page(form, command));
    }

    [HttpPost("End/TakeBack")]
    public async Task<IActionResult> TakeBack(int pairingId, CancellationToken cancellationToken)
    {
        if (await current.FindAsync(cancellationToken) is not { } staff)
        {
            return NotFound();
        }
        var result = await takeBack.HandleAsync(staff.Id, current.UserId, pairingId, cancellationToken);
        if (!result.Found)
        {
            return NotFound();
        }
        TempData["Notice"] = result.Refusal ?? "Your request to end the pairing is taken back. The coordinator has been told.";
        return RedirectToAction(nameof(PairingsController.Pairing), "Pairings", new { pairingId });
    }

    [HttpPost("EarlyCheck")]
    public async Task<IActionResult> EarlyCheck(int pairingId, [FromForm] EarlyCheckReply? reply, CancellationToken cancellationToken)
    {
        if (await current.FindAsync(cancellationToken) is not { } staff)
        {
            return NotFound();
        }
        // A tampered value does not bind: the handler is told nothing was chosen.
        var result = await earlyCheck.HandleAsync(staff.Id, current.UserId, pairingId, ModelState.IsValid ? reply : null, cancellationToken);
        if (!result.Found)
        {
            return NotFound();
        }
        TempData["Notice"] = result.Refusal ?? (reply == EarlyCheckReply.No
            ? "Thank you for answering. The coordinator sees that a member answered no, not who, and may check in with you both; you can also ask to end the pairing."
            : "Thank you for answering.");
        return RedirectToAction(nameof(PairingsController.Pairing), "Pairings", new { pairingId });
    }
}
