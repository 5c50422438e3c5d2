using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc;

namespace MentoringProgram.Web.Features.Setup;

/// <summary>
/// The list-with-a-form page every setup list shares: GET shows the list (with an item's form when ?edit=id), POST
/// validates and saves, then shows the list again with a confirmation. Subclasses give the route, the policy, the
/// view and what one item is called.
/// </summary>
public abstract class SetupListController<TCommand, TPage>(
    ISetupListHandler<TCommand, TPage> handler, IValidator<TCommand> validator, string viewName, string itemNoun) : Controller
    where TCommand : class, ISetupItemForm, new()
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int? edit, CancellationToken cancellationToken)
    {
        var form = edit is { } id ? await handler.FindAsync(id, cancellationToken) : new TCommand();
        return form is null ? NotFound() : View(viewName, await handler.LoadAsync(form, cancellationToken));
    }

    [HttpPost("")]
    public async Task<IActionResult> Save([Bind(Prefix = "Form")] TCommand command, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(command, cancellationToken)).AddToModelState(ModelState, "Form");
        if (!ModelState.IsValid)
        {
            return View(viewName, await handler.LoadAsync(command, cancellationToken));
        }
        if (!await handler.SaveAsync(command, cancellationToken))
        {
            return NotFound();
        }
        TempData["Notice"] = $"{itemNoun} \"{command.Name.Trim()}\" saved.";
        return RedirectToAction(nameof(Index));
    }
}
