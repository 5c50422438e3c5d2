using System.Security.Claims;
using FluentValidation;
using FluentValidation.AspNetCore;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MentoringProgram.Web.Features.Resources;

/// <summary>The coordinator keeps the resource library: list, write (with a preview that saves nothing), change and
/// delete after confirming. The resource id comes from the route only.</summary>
[Authorize(Policy = Policies.Coordinator)]
[Route("Resources/Manage")]
public sealed class ResourceAdminController(
    ResourceList.Handler list, SaveResource.Handler save, IValidator<SaveResource.Command> validator, DeleteResource.Handler delete,
    SendNote.Handler note, IValidator<SendNote.Command> noteValidator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) =>
        View("Manage", await list.HandleAsync(cancellationToken));

    [HttpGet("New")]
    public async Task<IActionResult> New(CancellationToken cancellationToken) =>
        View("Edit", await save.PageAsync(null, new SaveResource.Command(), cancellationToken));

    [HttpPost("New")]
    public Task<IActionResult> New([Bind(Prefix = "Form")] SaveResource.Command command, bool preview, CancellationToken cancellationToken) =>
        SaveOrPreviewAsync(null, command, preview, cancellationToken);

    [HttpGet("{resourceId:int}/Edit")]
    public async Task<IActionResult> Edit(int resourceId, CancellationToken cancellationToken) =>
        await save.FindAsync(resourceId, cancellationToken) is { } form
            ? View("Edit", await save.PageAsync(resourceId, form, cancellationToken))
            : NotFound();

    [HttpPost("{resourceId:int}/Edit")]
    public async Task<IActionResult> Edit(int resourceId, [Bind(Prefix = "Form")] SaveResource.Command command, bool preview, CancellationToken cancellationToken) =>
        await save.FindAsync(resourceId, cancellationToken) is null
            ? NotFound()
            : await SaveOrPreviewAsync(resourceId, command, preview, cancellationToken);

    [HttpGet("{resourceId:int}/Delete")]
    public async Task<IActionResult> Delete(int resourceId, CancellationToken cancellationToken) =>
        await delete.FindAsync(resourceId, cancellationToken) is { } confirmation ? View("Delete", confirmation) : NotFound();

    [HttpPost("{resourceId:int}/Delete")]
    [ActionName(nameof(Delete))]
    public async Task<IActionResult> DeleteConfirmed(int resourceId, CancellationToken cancellationToken)
    {
        if (await delete.FindAsync(resourceId, cancellationToken) is not { } confirmation
            || !await delete.DeleteAsync(resourceId, CoordinatorId, cancellationToken))
        {
            return NotFound();
        }
        TempData["Notice"] = $"Resource \"{confirmation.Title}\" deleted.";
        return RedirectToAction(nameof(Index));
    }

    [HttpGet("{resourceId:int}/Send")]
    public async Task<IActionResult> Send(int resourceId, CancellationToken cancellationToken) =>
        await note.PageAsync(resourceId, new SendNote.Command(), cancellationToken) is { } page ? View("Send", page) : NotFound();

    /// <summary>Without <paramref name="confirm"/>: validates and shows how many people the note would reach, sending
    /// nothing. With it: queues the note and says how many got it and how many already had this version.</summary>
    [HttpPost("{resourceId:int}/Send")]
    public async Task<IActionResult> Send(int resourceId, [Bind(Prefix = "Form")] SendNote.Command command, bool confirm, CancellationToken cancellationToken)
    {
        if (await note.PageAsync(resourceId, command, cancellationToken) is not { } page)
        {
            return NotFound();
        }
        (await noteValidator.ValidateAsync(command, cancellationToken)).AddToModelState(ModelState, "Form");
        if (!ModelState.IsValid)
        {
            return View("Send", page);
        }
        if (!confirm)
        {
            return View("Send", page with { Reach = await note.ReachAsync(command, cancellationToken) });
        }
        if (await note.SendAsync(resourceId, command, CoordinatorId, cancellationToken) is not { } outcome)
        {
            return NotFound();
        }
        TempData["Notice"] = $"\"{page.Title}\": {Count(outcome.Queued)} queued to be sent, {Count(outcome.AlreadyHad)} already had this version.";
        return RedirectToAction(nameof(Send), new { resourceId });
    }

    private static string Count(int people) => people == 1 ? "1 note" : $"{people} notes";

    /// <summary>Validates; "Preview" shows the sanitised page with the form as typed and saves nothing, otherwise a
    /// valid form is saved and the list shown.</summary>
    private async Task<IActionResult> SaveOrPreviewAsync(int? resourceId, SaveResource.Command command, bool preview, CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(command, cancellationToken)).AddToModelState(ModelState, "Form");
        var page = await save.PageAsync(resourceId, command, cancellationToken);
        if (preview)
        {
            // Text over the limit is not rendered: its message says what to do, and the preview would not be what is saved.
            return View("Edit", command.Markdown.Length <= Domain.Resource.MarkdownMaxLength ? page with { Preview = ResourceRenderer.Render(command.Markdown) } : page);
        }
        if (!ModelState.IsValid)
        {
            return View("Edit", page);
        }
        if (await save.SaveAsync(resourceId, command, CoordinatorId, cancellationToken) is null)
        {
            return NotFound();
        }
        TempData["Notice"] = $"Resource \"{command.Title.Trim()}\" saved.";
        return RedirectToAction(nameof(Index));
    }

    private string CoordinatorId => User.FindFirstValue(ClaimTypes.NameIdentifier)!;
}
