using MentoringProgram.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Email;

/// <summary>
/// Queues mail as outbox rows on the caller's DbContext without saving: the caller's SaveChanges commits the
/// change and its mail together.
/// </summary>
public sealed class EmailOutbox(AppDbContext db, TimeProvider clock)
{
    /// <summary>Queues a message unless one with the same event key exists; returns whether it was queued.</summary>
    public async Task<bool> QueueAsync(string deduplicationKey, string toAddress, string? toName, EmailContent content, CancellationToken cancellationToken = default)
    {
        var alreadyQueued = db.OutboxMessages.Local.Any(m => m.DeduplicationKey == deduplicationKey)
            || await db.OutboxMessages.AnyAsync(m => m.DeduplicationKey == deduplicationKey, cancellationToken);
        if (alreadyQueued)
        {
            return false;
        }
        db.OutboxMessages.Add(new OutboxMessage(Guid.NewGuid(), deduplicationKey, toAddress, toName,
            content.Subject, content.Text, content.Html, clock.GetUtcNow()));
        return true;
    }
}
