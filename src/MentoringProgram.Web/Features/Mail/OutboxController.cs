using MentoringProgram.Web.Data;
using MentoringProgram.Web.Email;
using MentoringProgram.Web.Features.Shared;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

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

public static class MailQueue
{
    public sealed record Row(Guid Id, string To, string Subject, OutboxStatus Status, int Attempts, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, DateTimeOffset NextAttemptAt, string? LastError);

    public sealed record Result(string? Status, int Failed, int Pending, int Sent, Paged<Row> Rows);

    public sealed class Handler(AppDbContext db)
    {
        public async Task<Result> HandleAsync(string? status, int page, CancellationToken cancellationToken)
        {
            var counts = await db.OutboxMessages.AsNoTracking().GroupBy(m => m.Status).Select(g => new { g.Key, Count = g.Count() })
                .ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
            var query = db.OutboxMessages.AsNoTracking();
            if (Enum.TryParse<OutboxStatus>(status, out var wanted))
            {
                query = query.Where(m => m.Status == wanted);
            }
            var rows = await query.OrderBy(m => m.Status == OutboxStatus.Failed ? 0 : m.Status == OutboxStatus.Pending ? 1 : 2)
                .ThenByDescending(m => m.CreatedAt)
                .Select(m => new Row(m.Id, m.ToAddress, m.Subject, m.Status, m.Attempts, m.CreatedAt, m.SentAt, m.NextAttemptAt, m.LastError))
                .ToPagedAsync(page, cancellationToken);
            return new Result(status, counts.GetValueOrDefault(OutboxStatus.Failed), counts.GetValueOrDefault(OutboxStatus.Pending), counts.GetValueOrDefault(OutboxStatus.Sent), rows);
        }
    }
}
