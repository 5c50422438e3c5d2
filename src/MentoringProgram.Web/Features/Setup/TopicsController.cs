using FluentValidation;
using FluentValidation.AspNetCore;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MentoringProgram.Web.Features.Setup;

[Authorize(Policy = Policies.Coordinator)]
[Route("Topics")]
public sealed class TopicsController(ManageTopics.Handler handler, IValidator<ManageTopics.Command> validator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? edit, CancellationToken cancellationToken)
    {
        var form = edit is { } id ? await handler.FindAsync(id, cancellationToken) : new ManageTopics.Command();
        return form is null ? NotFound() : View("Topics", await handler.LoadAsync(form, cancellationToken));
    }

    [HttpPost("")]
    public async Task<IActionResult> Save([Bind(Prefix = "Form")] ManageTopics.Command command, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(command, cancellationToken)).AddToModelState(ModelState, "Form");
        if (!ModelState.IsValid)
        {
            return View("Topics", await handler.LoadAsync(command, cancellationToken));
        }
        if (!await handler.SaveAsync(command, cancellationToken))
        {
            return NotFound();
        }
        TempData["Notice"] = $"Topic \"{command.Name.Trim()}\" saved.";
        return RedirectToAction(nameof(Index));
    }
}
