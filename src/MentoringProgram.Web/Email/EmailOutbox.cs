using MentoringProgram.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Email;

/// <summary>
/// Queues mail as outbox rows on the caller's DbContext without saving: the caller's SaveChanges commits the
/// change and its mail together.
/// </summary>
public sealed class EmailOutbox(AppDbContext db, TimeProvider clock)
{
    /// <summary>Keys checked per query: far below every provider's parameter limit (SQL Server's is 2,100).</summary>
    private const int KeysPerQuery = 500;

    /// <summary>Queues a message unless one with the same event key exists; returns whether it was queued.</summary>
    public async Task<bool> QueueAsync(string deduplicationKey, string toAddress, string? toName, EmailContent content, CancellationToken cancellationToken = default) =>
        await QueueAllAsync([new OutgoingMail(deduplicationKey, toAddress, toName, content)], cancellationToken) == 1;

    /// <summary>Queues every message whose event key is not queued yet (nor earlier in the list), checking the keys
    /// with one query rather than one per message, so a notice to many people costs one round trip; returns how
    /// many were queued.</summary>
    public async Task<int> QueueAllAsync(IReadOnlyCollection<OutgoingMail> mails, CancellationToken cancellationToken = default)
    {
        var keys = mails.Select(m => m.DeduplicationKey).Distinct(StringComparer.Ordinal).ToList();
        var queued = db.OutboxMessages.Local.Select(m => m.DeduplicationKey).ToHashSet(StringComparer.Ordinal);
        foreach (var chunk in keys.Where(k => !queued.Contains(k)).Chunk(KeysPerQuery))
        {
            queued.UnionWith(await db.OutboxMessages
                .Where(m => chunk.Contains(m.DeduplicationKey))
                .Select(m => m.DeduplicationKey)
                .ToListAsync(cancellationToken));
        }
        var now = clock.GetUtcNow();
        var added = 0;
        foreach (var mail in mails.Where(m => queued.Add(m.DeduplicationKey)))
        {
            db.OutboxMessages.Add(new OutboxMessage(Guid.NewGuid(), mail.DeduplicationKey, mail.ToAddress, mail.ToName,
                mail.Content.Subject, mail.Content.Text, mail.Content.Html, now));
            added++;
        }
        return added;
    }
}
