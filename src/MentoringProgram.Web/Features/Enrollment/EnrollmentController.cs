using FluentValidation;
using FluentValidation.AspNetCore;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MentoringProgram.Web.Features.Enrollment;

[Authorize(Policy = Policies.Staff)]
public sealed class EnrollmentController(
    CurrentStaff current,
    RequestMentor.Handler requests,
    VolunteerAsMentor.Handler volunteers,
    MyMentoring.Handler mine,
    IValidator<RequestMentor.Command> requestValidator,
    IValidator<VolunteerAsMentor.Command> volunteerValidator,
    ILogger<EnrollmentController> logger) : Controller
{
    private const string ConflictMessage = "This was changed in another window since you opened it. Reload the page and make your changes again.";

    [HttpGet("My")]
    public async Task<IActionResult> My(CancellationToken cancellationToken) =>
        await current.FindAsync(cancellationToken) is { } staff ? View(await mine.HandleAsync(staff, cancellationToken)) : NotFound();

    [HttpGet("Enroll/{programId:int}/Request")]
    public async Task<IActionResult> RequestForm(int programId, CancellationToken cancellationToken)
    {
        if (await current.FindAsync(cancellationToken) is not { } staff)
        {
            return NotFound();
        }
        return await requests.LoadAsync(programId, staff, null, cancellationToken) is { } model ? View(model) : NotFound();
    }

    [HttpPost("Enroll/{programId:int}/Request")]
    public async Task<IActionResult> RequestForm(int programId, [Bind(Prefix = "Form")] RequestMentor.Command command, CancellationToken cancellationToken)
    {
        if (await current.FindAsync(cancellationToken) is not { } staff)
        {
            return NotFound();
        }
        (await requestValidator.ValidateAsync(command, cancellationToken)).AddToModelState(ModelState, "Form");
        if (ModelState.IsValid)
        {
            switch (await requests.SubmitAsync(programId, staff, command, cancellationToken))
            {
                case RequestMentor.Outcome.NotFound:
                    return NotFound();
                case RequestMentor.Outcome.Submitted or RequestMentor.Outcome.Resubmitted:
                    TempData["Notice"] = "Your request for a mentor is in. We have emailed you a confirmation.";
                    return RedirectToAction(nameof(My));
                case RequestMentor.Outcome.Saved:
                    TempData["Notice"] = "Your request is updated.";
                    return RedirectToAction(nameof(My));
                case RequestMentor.Outcome.Matched:
                    TempData["Notice"] = "You already have a mentor for this cycle, so the request can no longer change.";
                    return RedirectToAction(nameof(My));
                case RequestMentor.Outcome.Closed:
                    ModelState.AddModelError("", "Enrollment has closed, so the request was not sent.");
                    break;
                default:
                    ModelState.AddModelError("", ConflictMessage);
                    break;
            }
        }
        return await requests.LoadAsync(programId, staff, command, cancellationToken) is { } model ? View(model) : NotFound();
    }

    [HttpGet("Enroll/{programId:int}/Volunteer")]
    public async Task<IActionResult> VolunteerForm(int programId, CancellationToken cancellationToken)
    {
        if (await current.FindAsync(cancellationToken) is not { } staff)
        {
            return NotFound();
        }
        return await volunteers.LoadAsync(programId, staff, null, cancellationToken) is { } model ? View(model) : NotFound();
    }

    [HttpPost("Enroll/{programId:int}/Volunteer")]
    public async Task<IActionResult> VolunteerForm(int programId, [Bind(Prefix = "Form")] VolunteerAsMentor.Command command, CancellationToken cancellationToken)
    {
        if (await current.FindAsync(cancellationToken) is not { } staff)
        {
            return NotFound();
        }
        (await volunteerValidator.ValidateAsync(command, cancellationToken)).AddToModelState(ModelState, "Form");
        if (ModelState.IsValid)
        {
            switch (await volunteers.SubmitAsync(programId, staff, command, cancellationToken))
            {
                case VolunteerAsMentor.Outcome.NotFound:
                    return NotFound();
                case VolunteerAsMentor.Outcome.Submitted:
                    TempData["Notice"] = "Thank you for volunteering. We have emailed you a confirmation.";
                    return RedirectToAction(nameof(My));
                case VolunteerAsMentor.Outcome.Saved:
                    TempData["Notice"] = "Your offer is updated.";
                    return RedirectToAction(nameof(My));
                case VolunteerAsMentor.Outcome.NotEligible:
                    logger.LogWarning("Refused a volunteer post from ineligible staff member {StaffId}", staff.Id);
                    Response.StatusCode = StatusCodes.Status403Forbidden;
                    break;
                case VolunteerAsMentor.Outcome.Closed:
                    ModelState.AddModelError("", "Enrollment has closed, so the offer was not sent.");
                    break;
                default:
                    ModelState.AddModelError("", ConflictMessage);
                    break;
            }
        }
        return await volunteers.LoadAsync(programId, staff, command, cancellationToken) is { } model ? View(model) : NotFound();
    }

    [HttpPost("My/Requests/{id:int}/Withdraw")]
    public async Task<IActionResult> WithdrawRequest(int id, CancellationToken cancellationToken)
    {
        if (await current.FindAsync(cancellationToken) is not { } staff || !await mine.WithdrawRequestAsync(staff, id, cancellationToken))
        {
            return NotFound();
        }
        TempData["Notice"] = "Your request is withdrawn.";
        return RedirectToAction(nameof(My));
    }

    [HttpPost("My/Offers/{id:int}/Withdraw")]
    public async Task<IActionResult> WithdrawOffer(int id, CancellationToken cancellationToken)
    {
        if (await current.FindAsync(cancellationToken) is not { } staff || !await mine.WithdrawOfferAsync(staff, id, cancellationToken))
        {
            return NotFound();
        }
        TempData["Notice"] = "Your offer to mentor is withdrawn.";
        return RedirectToAction(nameof(My));
    }
}
