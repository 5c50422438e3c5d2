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
            // The counts and the server's state in one statement, the page in another (issue 12).
            var summary = await db.OneRow().Select(_ => new
            {
                Failed = db.OutboxMessages.Count(m => m.Status == OutboxStatus.Failed),
                Pending = db.OutboxMessages.Count(m => m.Status == OutboxStatus.Pending),
                Sent = db.OutboxMessages.Count(m => m.Status == OutboxStatus.Sent),
                Since = db.MailServerStatuses.Where(s => s.UnreachableSince != null).Select(s => s.UnreachableSince).FirstOrDefault(),
                NextTryAt = db.MailServerStatuses.Where(s => s.UnreachableSince != null).Select(s => s.NextTryAt).FirstOrDefault(),
                LastError = db.MailServerStatuses.Where(s => s.UnreachableSince != null).Select(s => s.LastError).FirstOrDefault(),
            }).SingleAsync(cancellationToken);
            var query = db.OutboxMessages.AsNoTracking();
            if (Enum.TryParse<OutboxStatus>(status, out var wanted))
            {
                query = query.Where(m => m.Status == wanted);
            }
            // Id last: rows created in the same instant keep one order from page to page.
            var rows = await query.ToPagedAsync(q => q.OrderBy(m => m.Status == OutboxStatus.Failed ? 0 : m.Status == OutboxStatus.Pending ? 1 : 2)
                    .ThenByDescending(m => m.CreatedAt).ThenByDescending(m => m.Id),
                m => new Row(m.Id, m.ToAddress, m.Subject, m.Status, m.Attempts, m.CreatedAt, m.SentAt, m.NextAttemptAt, m.LastError),
                    db, page, cancellationToken);
            return new Result(status, summary.Failed, summary.Pending, summary.Sent, rows,
                summary.Since is { } since ? new ServerOutage(since, summary.NextTryAt, summary.LastError) : null);
        }
    }
}
