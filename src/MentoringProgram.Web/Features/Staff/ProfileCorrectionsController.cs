using System.Security.Claims;
using FluentValidation;
using FluentValidation.AspNetCore;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Shared;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MentoringProgram.Web.Features.Staff;

/// <summary>Staff ask for a correction of their record; coordinators decide. Ids come from the route only.</summary>
[Authorize(Policy = Policies.Staff)]
public sealed class ProfileCorrectionsController(
    CurrentStaff current,
    RequestProfileCorrection.Handler requests,
    DecideProfileCorrection.Handler decisions,
    IValidator<RequestProfileCorrection.Command> validator) : Controller
{
    [HttpGet("Profile/Corrections/New")]
    public async Task<IActionResult> New(ProfileField field, CancellationToken cancellationToken)
    {
        if (!Enum.IsDefined(field) || await current.FindAsync(cancellationToken) is not { } staff)
        {
            return NotFound();
        }
        return View("NewCorrection", await requests.ViewAsync(staff, new RequestProfileCorrection.Command { Field = field }, cancellationToken));
    }

    [HttpPost("Profile/Corrections/New")]
    public async Task<IActionResult> New([Bind(Prefix = "Form")] RequestProfileCorrection.Command command, CancellationToken cancellationToken)
    {
        if (await current.FindAsync(cancellationToken) is not { } staff)
        {
            return NotFound();
        }
        (await validator.ValidateAsync(command, cancellationToken)).AddToModelState(ModelState, "Form");
        if (ModelState.IsValid)
        {
            switch (await requests.SubmitAsync(staff, command, cancellationToken))
            {
                case RequestProfileCorrection.Outcome.Requested:
                    TempData["Notice"] = $"Your correction of your {command.Field.Label().ToLowerInvariant()} is sent. The coordinator will check it, and you will get an email with the answer.";
                    return RedirectToAction(nameof(ProfileController.Edit), "Profile");
                default:
                    ModelState.AddModelError("Form.Field", $"You already asked for a correction of your {command.Field.Label().ToLowerInvariant()}. The coordinator will answer that one first.");
                    break;
            }
        }
        return View("NewCorrection", await requests.ViewAsync(staff, command, cancellationToken));
    }

    [Authorize(Policy = Policies.Coordinator)]
    [HttpPost("Corrections/{id:int}/Approve")]
    public async Task<IActionResult> Approve([FromRoute] int id, CancellationToken cancellationToken) =>
        Decided(await decisions.ApproveAsync(id, CoordinatorId, cancellationToken));

    [Authorize(Policy = Policies.Coordinator)]
    [HttpPost("Corrections/{id:int}/Decline")]
    public async Task<IActionResult> Decline([FromRoute] int id, [FromForm] string? note, CancellationToken cancellationToken) =>
        Decided(await decisions.DeclineAsync(id, CoordinatorId, note, cancellationToken));

    private string CoordinatorId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;

    private IActionResult Decided(DecideProfileCorrection.Outcome outcome)
    {
        if (outcome == DecideProfileCorrection.Outcome.NotFound)
        {
            return NotFound();
        }
        TempData["Notice"] = outcome switch
        {
            DecideProfileCorrection.Outcome.Approved => "The correction is approved and the staff record updated. We emailed the staff member.",
            DecideProfileCorrection.Outcome.Declined => "The correction is declined. We emailed the staff member.",
            DecideProfileCorrection.Outcome.DepartmentGone => "That department no longer exists (it was renamed or removed), so nothing changed. Decline the request, or add the department first.",
            DecideProfileCorrection.Outcome.NoteMissing => "Write a short note to say why you decline, so the staff member knows what to check. Nothing was decided.",
            DecideProfileCorrection.Outcome.NoteNotOneLine => TextRules.SingleLineMessage + " Nothing was decided.",
            DecideProfileCorrection.Outcome.NoteTooLong => $"Keep the note under {Domain.ProfileCorrectionRequest.MaxReasonLength:N0} characters. Nothing was decided.",
            _ => "Someone decided this request already, so nothing changed.",
        };
        return RedirectToAction("Index", "Home");
    }
}
