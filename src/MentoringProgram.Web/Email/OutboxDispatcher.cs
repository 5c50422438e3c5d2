using MentoringProgram.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace MentoringProgram.Web.Email;

/// <summary>
/// Delivers due outbox rows. Each row is claimed with a conditional update (a lease), so two dispatchers
/// (two app instances, or a job that runs twice) never send the same row at once; it is marked sent right
/// after the SMTP server accepts it. A failure leaves the row pending with a growing delay; after
/// <see cref="EmailOptions.MaxAttempts"/> it is marked failed for the coordinator to resend.
/// </summary>
public sealed class OutboxDispatcher(
    AppDbContext db,
    IMailTransport transport,
    TimeProvider clock,
    IOptions<EmailOptions> options,
    ILogger<OutboxDispatcher> logger)
{
    private const int BatchSize = 50;

    public async Task<DispatchResult> DispatchDueAsync(CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        var due = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now && (m.LeaseUntil == null || m.LeaseUntil < now))
            .OrderBy(m => m.NextAttemptAt)
            .Select(m => m.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);

        int sent = 0, failed = 0;
        foreach (var id in due)
        {
            var owner = Guid.NewGuid();
            var leaseUntil = now + settings.Lease;
            var claimed = await db.OutboxMessages
                .Where(m => m.Id == id && m.Status == OutboxStatus.Pending && (m.LeaseUntil == null || m.LeaseUntil < now))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseUntil, leaseUntil).SetProperty(m => m.LeaseOwner, owner), cancellationToken);
            if (claimed == 0)
            {
                continue;
            }

            var message = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id, cancellationToken);
            try
            {
                await transport.SendAsync(ToMime(message, settings), cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failed++;
                await RecordFailureAsync(message, owner, ex, settings, cancellationToken);
                continue;
            }

            var sentAt = clock.GetUtcNow();
            await db.OutboxMessages
                .Where(m => m.Id == id && m.LeaseOwner == owner)
                .ExecuteUpdateAsync(s => s
                    .SetProperty(m => m.Status, OutboxStatus.Sent)
                    .SetProperty(m => m.SentAt, sentAt)
                    .SetProperty(m => m.Attempts, m => m.Attempts + 1)
                    .SetProperty(m => m.LastError, (string?)null)
                    .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null)
                    .SetProperty(m => m.LeaseOwner, (Guid?)null), CancellationToken.None);
            sent++;
        }
        return new DispatchResult(sent, failed);
    }

    /// <summary>Puts a failed message back in the queue (the coordinator's "resend").</summary>
    public async Task<bool> ResendAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var updated = await db.OutboxMessages
            .Where(m => m.Id == id && m.Status == OutboxStatus.Failed)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Status, OutboxStatus.Pending)
                .SetProperty(m => m.Attempts, 0)
                .SetProperty(m => m.NextAttemptAt, now), cancellationToken);
        return updated == 1;
    }

    public static TimeSpan BackoffAfter(int attempts) =>
        TimeSpan.FromSeconds(Math.Min(30 * Math.Pow(2, Math.Max(0, attempts - 1)), 3600));

    private async Task RecordFailureAsync(OutboxMessage message, Guid owner, Exception ex, EmailOptions settings, CancellationToken cancellationToken)
    {
        var attempts = message.Attempts + 1;
        var giveUp = attempts >= settings.MaxAttempts;
        var nextAttempt = clock.GetUtcNow() + BackoffAfter(attempts);
        var error = $"{ex.GetType().Name}: {ex.Message}";
        if (error.Length > 2000)
        {
            error = error[..2000];
        }
        logger.LogWarning("Outbox message {MessageId} attempt {Attempt} failed: {Error}", message.Id, attempts, ex.GetType().Name);
        await db.OutboxMessages
            .Where(m => m.Id == message.Id && m.LeaseOwner == owner)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Attempts, attempts)
                .SetProperty(m => m.Status, giveUp ? OutboxStatus.Failed : OutboxStatus.Pending)
                .SetProperty(m => m.NextAttemptAt, nextAttempt)
                .SetProperty(m => m.LastError, error)
                .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null)
                .SetProperty(m => m.LeaseOwner, (Guid?)null), cancellationToken);
    }

    private static MimeMessage ToMime(OutboxMessage message, EmailOptions settings)
    {
        var mime = new MimeMessage
        {
            MessageId = message.MessageId,
            Subject = message.Subject,
            Date = message.CreatedAt,
        };
        mime.From.Add(new MailboxAddress(settings.FromName, settings.FromAddress));
        mime.To.Add(new MailboxAddress(message.ToName ?? "", message.ToAddress));
        mime.Body = new BodyBuilder { TextBody = message.TextBody, HtmlBody = message.HtmlBody }.ToMessageBody();
        return mime;
    }
}

public readonly record struct DispatchResult(int Sent, int Failed);
