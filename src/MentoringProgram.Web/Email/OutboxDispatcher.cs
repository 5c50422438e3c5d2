using MentoringProgram.Web.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MimeKit;

namespace MentoringProgram.Web.Email;

/// <summary>
/// Delivers due outbox rows. Each row is claimed with a conditional update (a lease), so two dispatchers
/// (two app instances, or a job that runs twice) never send the same row at once; it is marked sent right
/// after the SMTP server accepts it. A failure leaves the row pending with a growing delay; after
/// <see cref="EmailOptions.MaxAttempts"/>, or at once when the message itself is at fault (an address that
/// cannot be parsed), it is marked failed for the coordinator to resend. When the server cannot be reached the
/// batch stops and every instance waits out one shared back-off (<see cref="MailServerStatus"/>).
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
        var server = await ServerStatusAsync(cancellationToken);
        var now = clock.GetUtcNow();
        if (!server.MayTry(now))
        {
            // The server was unreachable moments ago: wait out its back-off rather than spend a timeout per run.
            return new DispatchResult(0, 0);
        }
        var due = await db.OutboxMessages.AsNoTracking()
            .Where(m => m.Status == OutboxStatus.Pending && m.NextAttemptAt <= now && (m.LeaseUntil == null || m.LeaseUntil < now))
            .OrderBy(m => m.NextAttemptAt)
            .Select(m => m.Id)
            .Take(BatchSize)
            .ToListAsync(cancellationToken);

        int sent = 0, failed = 0;
        foreach (var id in due)
        {
            // The lease starts when this message is claimed, not when the batch began: a batch slowed by
            // timeouts must never hand out leases that are already expired (another instance would resend).
            var claimedAt = clock.GetUtcNow();
            var owner = Guid.NewGuid();
            var leaseUntil = claimedAt + settings.Lease;
            var claimed = await db.OutboxMessages
                .Where(m => m.Id == id && m.Status == OutboxStatus.Pending && (m.LeaseUntil == null || m.LeaseUntil < claimedAt))
                .ExecuteUpdateAsync(s => s.SetProperty(m => m.LeaseUntil, leaseUntil).SetProperty(m => m.LeaseOwner, owner), cancellationToken);
            if (claimed == 0)
            {
                continue;
            }

            var message = await db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id, cancellationToken);
            MimeMessage mime;
            try
            {
                mime = ToMime(message, settings);
            }
            catch (Exception ex) when (ex is ParseException or ArgumentException)
            {
                // An address MimeKit cannot parse will not parse tomorrow either.
                failed++;
                await RecordFailureAsync(message, owner, ex, giveUp: true, cancellationToken);
                continue;
            }

            try
            {
                await transport.SendAsync(mime, cancellationToken);
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                failed++;
                var kind = DeliveryFailure.Classify(ex);
                await RecordFailureAsync(message, owner, ex, giveUp: kind == DeliveryFailureKind.Permanent || message.Attempts + 1 >= settings.MaxAttempts, cancellationToken);
                if (kind == DeliveryFailureKind.ServerUnreachable)
                {
                    server.RecordUnreachable(clock.GetUtcNow(), DeliveryFailure.Describe(ex));
                    await db.SaveChangesAsync(CancellationToken.None);
                    logger.LogWarning("Mail server unreachable; the rest of the batch waits until {NextTry}", server.NextTryAt);
                    break;
                }
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
            if (server.IsUnreachable)
            {
                server.RecordReachable();
                await db.SaveChangesAsync(CancellationToken.None);
            }
        }
        return new DispatchResult(sent, failed);
    }

    /// <summary>The one status row, created on first use (the migration also seeds it).</summary>
    private async Task<MailServerStatus> ServerStatusAsync(CancellationToken cancellationToken)
    {
        var status = await db.MailServerStatuses.SingleOrDefaultAsync(s => s.Id == MailServerStatus.SingletonId, cancellationToken);
        if (status is null)
        {
            status = MailServerStatus.Reachable();
            db.MailServerStatuses.Add(status);
        }
        return status;
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

    private async Task RecordFailureAsync(OutboxMessage message, Guid owner, Exception ex, bool giveUp, CancellationToken cancellationToken)
    {
        var attempts = message.Attempts + 1;
        var nextAttempt = clock.GetUtcNow() + BackoffAfter(attempts);
        var error = DeliveryFailure.Describe(ex);
        logger.LogWarning("Outbox message {MessageId} attempt {Attempt} failed: {Error}", message.Id, attempts, ex.GetType().Name);
        await db.OutboxMessages
            .Where(m => m.Id == message.Id && m.LeaseOwner == owner)
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Attempts, attempts)
                .SetProperty(m => m.Status, giveUp ? OutboxStatus.Failed : OutboxStatus.Pending)
                .SetProperty(m => m.NextAttemptAt, nextAttempt)
                .SetProperty(m => m.LastError, error)
                .SetProperty(m => m.LeaseUntil, (DateTimeOffset?)null)
                .SetProperty(m => m.LeaseOwner, (Guid?)null), CancellationToken.None);
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
