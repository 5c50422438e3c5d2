using MentoringProgram.Web.Email;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace MentoringProgram.Web.Features.Mail;

/// <summary>The coordinator's view of outgoing mail: what failed and why, with resend. Bodies are not shown.</summary>
[Authorize(Policy = Policies.Coordinator)]
[Route("Outbox")]
public sealed class OutboxController(MailQueue.Handler queue, OutboxDispatcher dispatcher) : Controller
{
    [HttpGet("")]
    public async Task<IActionResult> Index(string? status, int page = 1, CancellationToken cancellationToken = default) =>
        View(await queue.HandleAsync(status, page, cancellationToken));

    [HttpPost("{id:guid}/Resend")]
    public async Task<IActionResult> Resend(Guid id, CancellationToken cancellationToken)
    {
        if (!await dispatcher.ResendAsync(id, cancellationToken))
        {
            return NotFound();
        }
        TempData["Notice"] = "The message is queued again and will be sent within a minute.";
        return RedirectToAction(nameof(Index), new { status = nameof(OutboxStatus.Failed) });
    }
}
