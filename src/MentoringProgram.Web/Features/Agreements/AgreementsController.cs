using FluentValidation;
using FluentValidation.AspNetCore;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MentoringProgram.Web.Features.Agreements;

/// <summary>The pair's agreement: read, write or change it, confirm it. The pairing id comes from the route and each
/// handler checks it against the signed-in person: a pairing they are not in is "not found", for a coordinator too.</summary>
[Authorize(Policy = Policies.Staff)]
[Route("My/Pairings/{pairingId:int}/Agreement")]
public sealed class AgreementsController(CurrentStaff current, WriteAgreement.Handler write, ConfirmAgreement.Handler confirm, IValidator<WriteAgreement.Command> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Agreement(int pairingId, CancellationToken cancellationToken)
    {
        if (await current.FindAsync(cancellationToken) is not { } staff || await write.LoadAsync(staff.Id, pairingId, cancellationToken) is not { } agreement)
        {
            return NotFound();
        }
        return View(new AgreementPage(agreement, new WriteAgreement.Command
        {
            Goals = agreement.Goals, MeetingPlan = agreement.MeetingPlan, PlannedUntil = agreement.PlannedUntil,
            Confidentiality = agreement.IsWritten ? agreement.Confidentiality : WriteAgreement.DefaultConfidentiality,
            OutsideWorkHours = agreement.OutsideWorkHours, Version = agreement.Version,
        }));
    }

    [HttpPost("")]
    public async Task<IActionResult> Agreement(int pairingId, [Bind(Prefix = nameof(AgreementPage.Form))] WriteAgreement.Command command, CancellationToken cancellationToken)
    {
        if (await current.FindAsync(cancellationToken) is not { } staff || await write.LoadAsync(staff.Id, pairingId, cancellationToken) is not { } agreement)
        {
            return NotFound();
        }
        var term = new WriteAgreement.Term(agreement.TermStarts, agreement.TermEnds);
        (await validator.ValidateAsync(WriteAgreement.ContextFor(command, term), cancellationToken)).AddToModelState(ModelState, nameof(AgreementPage.Form));
        if (ModelState.IsValid)
        {
            var result = await write.SaveAsync(staff.Id, current.UserId, pairingId, command, cancellationToken);
            if (!result.Found)
            {
                return NotFound();
            }
            if (result.Refusal is null)
            {
                TempData["Notice"] = $"Agreement saved and confirmed by you. {agreement.OtherName} is asked to read and confirm it.";
                return Redirect(Url.Action("Pairing", "Pairings", new { pairingId }) + "#agreement");
            }
            ModelState.AddModelError("", result.Refusal);
        }
        return View(new AgreementPage(agreement, command));
    }

    [HttpPost("Confirm")]
    public async Task<IActionResult> Confirm(int pairingId, int version, CancellationToken cancellationToken)
    {
        if (await current.FindAsync(cancellationToken) is not { } staff)
        {
            return NotFound();
        }
        var result = await confirm.HandleAsync(staff.Id, current.UserId, pairingId, version, cancellationToken);
        if (!result.Found)
        {
            return NotFound();
        }
        TempData["Notice"] = result.Refusal ?? "You confirmed the agreement.";
        return Redirect(Url.Action("Pairing", "Pairings", new { pairingId }) + "#agreement");
    }
}
