using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MentoringProgram.Web.Features.Audit;

/// <summary>The coordinator reads who did what: matches proposed, confirmed and cancelled, roster imports, profile
/// corrections decided.</summary>
[Authorize(Policy = Policies.Coordinator)]
[Route("Audit")]
public sealed class AuditController(AuditLog.Handler log) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(int page = 1, CancellationToken cancellationToken = default) =>
        View(await log.HandleAsync(page, cancellationToken));
}
