using FluentValidation;
using FluentValidation.AspNetCore;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MentoringProgram.Web.Features.Pairings;

/// <summary>A pair's own page and logging their meetings. The pairing id comes from the route, and each handler checks
/// it against the signed-in person: a pairing they are not in is "not found", for a coordinator too.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class PairingsController(CurrentStaff current, PairingDetails.Handler details, LogMeeting.Handler log, IValidator<LogMeeting.Command> validator) : Controller
{
    [HttpGet("My/Pairings/{pairingId:int}")]
    public async Task<IActionResult> Pairing(int pairingId, CancellationToken cancellationToken) =>
        await current.FindAsync(cancellationToken) is { } staff && await details.LoadAsync(staff.Id, pairingId, cancellationToken) is { } pairing
            ? View(new PairingPage(pairing, new LogMeeting.Command { HeldOn = pairing.Today }))
            : NotFound();

    [HttpPost("My/Pairings/{pairingId:int}/Meetings")]
    public async Task<IActionResult> LogMeeting(int pairingId, [Bind(Prefix = nameof(PairingPage.Form))] LogMeeting.Command command, CancellationToken cancellationToken)
    {
        if (await current.FindAsync(cancellationToken) is not { } staff || await details.LoadAsync(staff.Id, pairingId, cancellationToken) is not { } pairing)
        {
            return NotFound();
        }
        var window = new Pairings.LogMeeting.Window(pairing.StartsOn, pairing.Today);
        (await validator.ValidateAsync(Pairings.LogMeeting.ContextFor(command, window), cancellationToken)).AddToModelState(ModelState, nameof(PairingPage.Form));
        if (ModelState.IsValid)
        {
            var result = await log.HandleAsync(staff.Id, pairingId, command, cancellationToken);
            if (!result.Found)
            {
                return NotFound();
            }
            if (result.Refusal is null)
            {
                TempData["Notice"] = "Meeting logged. Any note you wrote is visible to the two of you only.";
                return RedirectToAction(nameof(Pairing), new { pairingId });
            }
            ModelState.AddModelError("", result.Refusal);
        }
        return View(nameof(Pairing), new PairingPage(pairing, command));
    }
}
