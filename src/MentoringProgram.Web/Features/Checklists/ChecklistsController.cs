using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MentoringProgram.Web.Features.Checklists;

/// <summary>Ticking the pair's checklist. The pairing and the item come from the route; a pairing the signed-in person is
/// not in is "not found".</summary>
[Authorize(Policy = Policies.Staff)]
[Route("My/Pairings/{pairingId:int}/Checklist/{item:int}")]
public sealed class ChecklistsController(CurrentStaff current, PairChecklist.Handler checklists) : Controller
{
    [HttpPost("Tick")]
    public Task<IActionResult> Tick(int pairingId, int item, CancellationToken cancellationToken) => SetAsync(pairingId, item, true, cancellationToken);

    [HttpPost("Untick")]
    public Task<IActionResult> Untick(int pairingId, int item, CancellationToken cancellationToken) => SetAsync(pairingId, item, false, cancellationToken);

    private async Task<IActionResult> SetAsync(int pairingId, int item, bool done, CancellationToken cancellationToken)
    {
        if (await current.FindAsync(cancellationToken) is not { } staff)
        {
            return NotFound();
        }
        var result = await checklists.TickAsync(staff.Id, pairingId, item, done, cancellationToken);
        if (!result.Found)
        {
            return NotFound();
        }
        if (result.Refusal is not null)
        {
            TempData["Notice"] = result.Refusal;
        }
        return Redirect(Url.Action("Pairing", "Pairings", new { pairingId }) + "#checklist");
    }
}
