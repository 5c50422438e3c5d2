using FluentValidation;
using FluentValidation.AspNetCore;
using MentoringProgram.Web.Domain;
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
        current.UserId is { } userId && await mine.HandleAsync(userId, cancellationToken) is { } result ? View(result) : NotFound();

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
    public Task<IActionResult> RequestForm(int programId, [Bind(Prefix = "Form")] RequestMentor.Command command, CancellationToken cancellationToken) =>
        SubmitAsync(command, requestValidator,
            staff => requests.SubmitAsync(programId, staff, command, cancellationToken),
            async staff => await requests.LoadAsync(programId, staff, command, cancellationToken),
            new("Your request for a mentor is in. We have emailed you a confirmation.", "Your request is updated.", "Enrollment has closed, so the request was not sent."),
            cancellationToken);

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
    public Task<IActionResult> VolunteerForm(int programId, [Bind(Prefix = "Form")] VolunteerAsMentor.Command command, CancellationToken cancellationToken) =>
        SubmitAsync(command, volunteerValidator,
            staff => volunteers.SubmitAsync(programId, staff, command, cancellationToken),
            async staff => await volunteers.LoadAsync(programId, staff, command, cancellationToken),
            new("Thank you for volunteering. We have emailed you a confirmation.", "Your offer is updated.", "Enrollment has closed, so the offer was not sent."),
            cancellationToken);

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

    private sealed record OutcomeMessages(string Sent, string Saved, string Closed);

    /// <summary>Both enrollment forms: validate, send, then go to "My mentoring" or show the form again with
    /// what the person typed and why it was not sent.</summary>
    private async Task<IActionResult> SubmitAsync<TCommand>(TCommand command, IValidator<TCommand> validator,
        Func<StaffMember, Task<EnrollmentOutcome>> submit, Func<StaffMember, Task<object?>> reload, OutcomeMessages notices, CancellationToken cancellationToken)
    {
        if (await current.FindAsync(cancellationToken) is not { } staff)
        {
            return NotFound();
        }
        (await validator.ValidateAsync(command, cancellationToken)).AddToModelState(ModelState, "Form");
        if (ModelState.IsValid)
        {
            switch (await submit(staff))
            {
                case EnrollmentOutcome.NotFound:
                    return NotFound();
                case EnrollmentOutcome.Submitted or EnrollmentOutcome.Resubmitted:
                    TempData["Notice"] = notices.Sent;
                    return RedirectToAction(nameof(My));
                case EnrollmentOutcome.Saved:
                    TempData["Notice"] = notices.Saved;
                    return RedirectToAction(nameof(My));
                case EnrollmentOutcome.Matched:
                    TempData["Notice"] = "You already have a mentor for this cycle, so the request can no longer change.";
                    return RedirectToAction(nameof(My));
                case EnrollmentOutcome.NotEligible:
                    logger.LogWarning("Refused an enrollment post from ineligible staff member {StaffId}", staff.Id);
                    Response.StatusCode = StatusCodes.Status403Forbidden;
                    break;
                case EnrollmentOutcome.Closed:
                    ModelState.AddModelError("", notices.Closed);
                    break;
                default:
                    ModelState.AddModelError("", ConflictMessage);
                    break;
            }
        }
        return await reload(staff) is { } model ? View(model) : NotFound();
    }
}
