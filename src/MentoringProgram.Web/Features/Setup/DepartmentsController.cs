using FluentValidation;
using FluentValidation.AspNetCore;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MentoringProgram.Web.Features.Setup;

[Authorize(Policy = Policies.Coordinator)]
[Route("Departments")]
public sealed class DepartmentsController(ManageDepartments.Handler handler, IValidator<ManageDepartments.Command> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? edit, CancellationToken cancellationToken)
    {
        var form = edit is { } id ? await handler.FindAsync(id, cancellationToken) : new ManageDepartments.Command();
        return form is null ? NotFound() : View("Departments", await handler.LoadAsync(form, cancellationToken));
    }

    [HttpPost("")]
    public async Task<IActionResult> Save([Bind(Prefix = "Form")] ManageDepartments.Command command, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(command, cancellationToken)).AddToModelState(ModelState, "Form");
        if (!ModelState.IsValid)
        {
            return View("Departments", await handler.LoadAsync(command, cancellationToken));
        }
        if (!await handler.SaveAsync(command, cancellationToken))
        {
            return NotFound();
        }
        TempData["Notice"] = $"Department \"{command.Name.Trim()}\" saved.";
        return RedirectToAction(nameof(Index));
    }
}
