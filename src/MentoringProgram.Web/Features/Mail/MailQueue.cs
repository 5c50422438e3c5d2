using MentoringProgram.Web.Data;
using MentoringProgram.Web.Email;
using MentoringProgram.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Mail;

/// <summary>The coordinator's /Outbox page: counts by status, one page of messages, and whether the mail server answers.</summary>
public static class MailQueue
{
    public sealed record Row(Guid Id, string To, string Subject, OutboxStatus Status, int Attempts, DateTimeOffset CreatedAt, DateTimeOffset? SentAt, DateTimeOffset NextAttemptAt, string? LastError);

    /// <summary>Since when the mail server has been out of reach, when the next try is, and why; null while it answers.</summary>
    public sealed record ServerOutage(DateTimeOffset Since, DateTimeOffset? NextTryAt, string? LastError);

    public sealed record Result(string? Status, int Failed, int Pending, int Sent, Paged<Row> Rows, ServerOutage? Outage);

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
            var outage = await db.MailServerStatuses.AsNoTracking()
                .Where(s => s.UnreachableSince != null)
                .Select(s => new ServerOutage(s.UnreachableSince!.Value, s.NextTryAt, s.LastError))
                .SingleOrDefaultAsync(cancellationToken);
            return new Result(status, counts.GetValueOrDefault(OutboxStatus.Failed), counts.GetValueOrDefault(OutboxStatus.Pending), counts.GetValueOrDefault(OutboxStatus.Sent), rows, outage);
        }
    }
}
