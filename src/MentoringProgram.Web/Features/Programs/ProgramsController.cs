using FluentValidation;
using FluentValidation.AspNetCore;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MentoringProgram.Web.Features.Programs;

[Authorize(Policy = Policies.Coordinator)]
[Route("Programs")]
public sealed class ProgramsController(
    ListPrograms.Handler list,
    SaveProgram.Handler save,
    ProgramDetails.Handler details,
    IValidator<ProgramForm> programValidator,
    IValidator<CycleForm> cycleValidator) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(CancellationToken cancellationToken) => View(await list.HandleAsync(cancellationToken));

    [HttpGet("New")]
    public IActionResult New() => View();

    [HttpGet("Create")]
    public async Task<IActionResult> Create(string? template, CancellationToken cancellationToken) =>
        View(await save.NewAsync(template, cancellationToken));

    [HttpPost("Create")]
    public async Task<IActionResult> Create([Bind(Prefix = "Command")] SaveProgram.CreateCommand command, CancellationToken cancellationToken)
    {
        (await programValidator.ValidateAsync(command.Program, cancellationToken)).AddToModelState(ModelState, "Command.Program");
        (await cycleValidator.ValidateAsync(command.Cycle, cancellationToken)).AddToModelState(ModelState, "Command.Cycle");
        if (!ModelState.IsValid)
        {
            return View(await save.CreateViewAsync(command, cancellationToken));
        }
        var id = await save.CreateAsync(command, cancellationToken);
        TempData["Notice"] = $"Program \"{command.Program.Name.Trim()}\" created.";
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet("{id:int}")]
    public async Task<IActionResult> Details(int id, CancellationToken cancellationToken) =>
        await details.HandleAsync(id, null, cancellationToken) is { } model ? View(model) : NotFound();

    [HttpPost("{id:int}/Cycles")]
    public async Task<IActionResult> AddCycle(int id, [Bind(Prefix = "NewCycle")] CycleForm form, CancellationToken cancellationToken)
    {
        form.ProgramId = id;
        (await cycleValidator.ValidateAsync(form, cancellationToken)).AddToModelState(ModelState, "NewCycle");
        if (!ModelState.IsValid)
        {
            return await details.HandleAsync(id, form, cancellationToken) is { } model ? View(nameof(Details), model) : NotFound();
        }
        if (await details.AddCycleAsync(id, form, cancellationToken) is not { } invited)
        {
            return NotFound();
        }
        TempData["Notice"] = invited == 0
            ? $"Cycle \"{form.Name.Trim()}\" added."
            : $"Cycle \"{form.Name.Trim()}\" added. {(invited == 1 ? "1 former mentee" : $"{invited} former mentees")} invited to volunteer as mentors.";
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet("{id:int}/Cycles/{cycleId:int}/Edit")]
    public async Task<IActionResult> EditCycle(int id, int cycleId, CancellationToken cancellationToken) =>
        await details.FindCycleAsync(id, cycleId, cancellationToken) is { } form ? View(form) : NotFound();

    [HttpPost("{id:int}/Cycles/{cycleId:int}/Edit")]
    public async Task<IActionResult> EditCycle(int id, int cycleId, [FromForm] CycleForm form, CancellationToken cancellationToken)
    {
        form.ProgramId = id;
        form.CycleId = cycleId;
        (await cycleValidator.ValidateAsync(form, cancellationToken)).AddToModelState(ModelState);
        if (!ModelState.IsValid)
        {
            return View(form);
        }
        if (!await details.UpdateCycleAsync(id, cycleId, form, cancellationToken))
        {
            return NotFound();
        }
        TempData["Notice"] = $"Cycle \"{form.Name.Trim()}\" saved.";
        return RedirectToAction(nameof(Details), new { id });
    }

    [HttpGet("{id:int}/Edit")]
    public async Task<IActionResult> Edit(int id, CancellationToken cancellationToken) =>
        await save.EditAsync(id, cancellationToken) is { } model ? View(model) : NotFound();

    [HttpPost("{id:int}/Edit")]
    public async Task<IActionResult> Edit(int id, [Bind(Prefix = "Program")] ProgramForm form, CancellationToken cancellationToken)
    {
        form.ProgramId = id;
        (await programValidator.ValidateAsync(form, cancellationToken)).AddToModelState(ModelState, "Program");
        if (ModelState.IsValid)
        {
            switch (await save.UpdateAsync(id, form, cancellationToken))
            {
                case SaveProgram.Handler.UpdateResult.NotFound:
                    return NotFound();
                case SaveProgram.Handler.UpdateResult.Saved:
                    TempData["Notice"] = "Program saved.";
                    return RedirectToAction(nameof(Details), new { id });
                default:
                    ModelState.AddModelError("", "Someone else changed this program since you opened it. Reload the page and make your changes again.");
                    break;
            }
        }
        return View(await save.EditViewAsync(id, form, cancellationToken));
    }
}
