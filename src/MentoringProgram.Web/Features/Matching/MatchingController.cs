using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MentoringProgram.Web.Features.Matching;

[Authorize(Policy = Policies.Coordinator)]
[Route("Programs/{programId:int}/Requests/{requestId:int}")]
public sealed class MatchingController(MatchSuggestions.Handler suggestions) : Controller
{
    [HttpGet("Suggestions")]
    public async Task<IActionResult> Suggestions(int programId, int requestId, CancellationToken cancellationToken) =>
        await suggestions.HandleAsync(programId, requestId, cancellationToken) is { } model ? View(model) : NotFound();
}
