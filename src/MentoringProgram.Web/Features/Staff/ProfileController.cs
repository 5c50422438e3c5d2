using FluentValidation;
using FluentValidation.AspNetCore;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MentoringProgram.Web.Features.Staff;

[Authorize(Policy = Policies.Staff)]
[Route("Profile")]
public sealed class ProfileController(EditProfile.Handler handler, IValidator<EditProfile.Command> validator, CurrentStaff current) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Edit(CancellationToken cancellationToken) =>
        await handler.LoadAsync(cancellationToken) is { } model ? View(model) : NotFound();

    [HttpPost("")]
    public async Task<IActionResult> Edit([Bind(Prefix = "Form")] EditProfile.Command command, CancellationToken cancellationToken)
    {
        if (await current.FindAsync(cancellationToken) is not { } staff)
        {
            return NotFound();
        }
        var result = await validator.ValidateAsync(command, cancellationToken);
        result.AddToModelState(ModelState, "Form");
        if (ModelState.IsValid)
        {
            if (await handler.SaveAsync(staff, command, cancellationToken))
            {
                TempData["Notice"] = "Your profile is saved.";
                return RedirectToAction(nameof(Edit));
            }
            ModelState.AddModelError("", "Your profile was changed elsewhere since you opened this page. Reload it and make your changes again.");
        }
        return View(await handler.ViewAsync(command, staff, cancellationToken));
    }
}
