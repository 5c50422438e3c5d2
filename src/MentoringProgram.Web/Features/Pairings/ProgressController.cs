using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MentoringProgram.Web.Features.Pairings;

/// <summary>The coordinator's view of how a cycle's pairs are doing: dates and counts, never what the pairs wrote.</summary>
[Authorize(Policy = Policies.Coordinator)]
[Route("Programs/{programId:int}")]
public sealed class ProgressController(ProgressBoard.Handler board) : Controller
{
    [HttpGet("Cycles/{cycleId:int}/Progress")]
    public async Task<IActionResult> Progress(int programId, int cycleId, CancellationToken cancellationToken) =>
        await board.HandleAsync(programId, cycleId, cancellationToken) is { } model ? View(model) : NotFound();
}
