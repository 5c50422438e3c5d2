using System.Security.Claims;
using FluentValidation;
using FluentValidation.AspNetCore;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MentoringProgram.Web.Features.Pairings;

/// <summary>The coordinator's page for one pairing and their decisions on it: dissolve it, or keep it going when a
/// member asked to end it. The three ids come from the route and are checked together by each handler.</summary>
[Authorize(Policy = Policies.Coordinator)]
[Route("Programs/{programId:int}/Cycles/{cycleId:int}/Pairings/{pairingId:int}")]
public sealed class PairingReviewController(
    PairingReview.Handler review, DissolvePairing.Handler dissolve, KeepPairingGoing.Handler keep,
    IValidator<DissolvePairing.Command> dissolveValidator, IValidator<KeepPairingGoing.Command> keepValidator) : Controller
{
    private string? CoordinatorId => User.FindFirstValue(ClaimTypes.NameIdentifier);

    [HttpGet("")]
    public async Task<IActionResult> Review(int programId, int cycleId, int pairingId, CancellationToken cancellationToken) =>
        await review.LoadAsync(programId, cycleId, pairingId, cancellationToken) is { } model
            ? View(new PairingReviewPage(model, new DissolvePairing.Command(), new KeepPairingGoing.Command()))
            : NotFound();

    [HttpPost("Dissolve")]
    public async Task<IActionResult> Dissolve(int programId, int cycleId, int pairingId, [Bind(Prefix = nameof(PairingReviewPage.Dissolve))] DissolvePairing.Command command,
        CancellationToken cancellationToken)
    {
        if (await review.LoadAsync(programId, cycleId, pairingId, cancellationToken) is not { } model)
        {
            return NotFound();
        }
        (await dissolveValidator.ValidateAsync(command, cancellationToken)).AddToModelState(ModelState, nameof(PairingReviewPage.Dissolve));
        if (ModelState.IsValid)
        {
            var result = await dissolve.HandleAsync(programId, cycleId, pairingId, command, CoordinatorId, cancellationToken);
            if (!result.Found)
            {
                return NotFound();
            }
            if (result.Refusal is null)
            {
                TempData["Notice"] = "Pairing dissolved. Both members have been mailed; the mentee waits for a new mentor, first in the list.";
                return RedirectToAction(nameof(Review), new { programId, cycleId, pairingId });
            }
            ModelState.AddModelError("", result.Refusal);
        }
        return View(nameof(Review), new PairingReviewPage(model, command, new KeepPairingGoing.Command()));
    }

    [HttpPost("KeepGoing")]
    public async Task<IActionResult> KeepGoing(int programId, int cycleId, int pairingId, [Bind(Prefix = nameof(PairingReviewPage.Keep))] KeepPairingGoing.Command command,
        CancellationToken cancellationToken)
    {
        if (await review.LoadAsync(programId, cycleId, pairingId, cancellationToken) is not { } model)
        {
            return NotFound();
        }
        (await keepValidator.ValidateAsync(command, cancellationToken)).AddToModelState(ModelState, nameof(PairingReviewPage.Keep));
        if (ModelState.IsValid)
        {
            var result = await keep.HandleAsync(programId, cycleId, pairingId, command, CoordinatorId, cancellationToken);
            if (!result.Found)
            {
                return NotFound();
            }
            if (result.Refusal is null)
            {
                TempData["Notice"] = "The pairing goes on. The member who asked has been mailed your answer.";
                return RedirectToAction(nameof(Review), new { programId, cycleId, pairingId });
            }
            ModelState.AddModelError("", result.Refusal);
        }
        return View(nameof(Review), new PairingReviewPage(model, new DissolvePairing.Command(), command));
    }
}
