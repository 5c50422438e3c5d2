using System.Globalization;
using FluentValidation;
using FluentValidation.AspNetCore;
using MentoringProgram.Web.Features.Enrollment;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MentoringProgram.Web.Features.Lunches;

/// <summary>The pair's lunch allowance and the coordinator's totals for finance. Ids come from the route; a pairing the
/// member is not in, or a program without an allowance, is "not found".</summary>
public sealed class LunchesController(CurrentStaff current, RecordLunch.Handler lunches, LunchTotals.Handler totals, IValidator<RecordLunch.Command> validator) : Controller
{
    [Authorize(Policy = Policies.Staff)]
    [HttpGet("My/Pairings/{pairingId:int}/Lunches")]
    public async Task<IActionResult> Lunches(int pairingId, CancellationToken cancellationToken) =>
        await current.FindAsync(cancellationToken) is { } staff && await lunches.LoadAsync(staff.Id, pairingId, cancellationToken) is { } allowance
            ? View(new LunchPage(allowance, new RecordLunch.Command { SpentOn = allowance.Today }))
            : NotFound();

    [Authorize(Policy = Policies.Staff)]
    [HttpPost("My/Pairings/{pairingId:int}/Lunches")]
    public async Task<IActionResult> Lunches(int pairingId, [Bind(Prefix = nameof(LunchPage.Form))] RecordLunch.Command command, CancellationToken cancellationToken)
    {
        if (await current.FindAsync(cancellationToken) is not { } staff || await lunches.LoadAsync(staff.Id, pairingId, cancellationToken) is not { } allowance)
        {
            return NotFound();
        }
        var limits = new RecordLunch.Limits(allowance.StartsOn, allowance.Today, allowance.Left);
        (await validator.ValidateAsync(RecordLunch.ContextFor(command, limits), cancellationToken)).AddToModelState(ModelState, nameof(LunchPage.Form));
        if (ModelState.IsValid)
        {
            var result = await lunches.RecordAsync(staff.Id, pairingId, command, cancellationToken);
            if (!result.Found)
            {
                return NotFound();
            }
            if (result.Refusal is null)
            {
                TempData["Notice"] = "Lunch recorded.";
                return RedirectToAction(nameof(Lunches), new { pairingId });
            }
            ModelState.AddModelError("", result.Refusal);
        }
        return View(new LunchPage(allowance, command));
    }

    [Authorize(Policy = Policies.Coordinator)]
    [HttpGet("Programs/{programId:int}/Cycles/{cycleId:int}/Lunches.csv")]
    public async Task<IActionResult> Totals(int programId, int cycleId, CancellationToken cancellationToken)
    {
        if (await totals.HandleAsync(programId, cycleId, cancellationToken) is not { } result)
        {
            return NotFound();
        }
        string Money(decimal? value) => value?.ToString("0.00", CultureInfo.InvariantCulture) ?? "";
        var csv = CsvExport.Write(["Mentee", "Mentor", "Lunches", "Total", "Allowance", "Last lunch"],
            result.Rows.Select(r => new[] { r.Mentee, r.Mentor, r.Lunches.ToString(CultureInfo.InvariantCulture), Money(r.Total), Money(r.Allowance), r.LastOn?.ToString("yyyy-MM-dd") }));
        return File(csv, "text/csv", $"lunch-totals-{programId}-{cycleId}.csv");
    }
}
