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
    public async Task<bool> QueueAsync(string deduplicationKey, string toAddress, string? toName, EmailContent content, CancellationToken cancellationToken = default) =>
        await QueueAllAsync([new OutgoingMail(deduplicationKey, toAddress, toName, content)], cancellationToken) == 1;

    /// <summary>Queues every message whose event key is not queued yet (nor earlier in the list), checking the keys
    /// with one query rather than one per message, so a notice to many people costs one round trip; returns how
    /// many were queued.</summary>
    public Task<int> QueueAllAsync(IReadOnlyCollection<OutgoingMail> mails, CancellationToken cancellationToken = default) =>
        QueueNewAsync(mails, m => m.DeduplicationKey, Task.FromResult, cancellationToken);

    /// <summary>Like <see cref="QueueAllAsync"/>, but renders a mail only once its key is known to be new: a daily job
    /// that finds thousands of reminders already sent renders none of them.</summary>
    public async Task<int> QueueNewAsync<T>(IReadOnlyCollection<T> items, Func<T, string> key, Func<T, Task<OutgoingMail>> render, CancellationToken cancellationToken = default)
    {
        var queued = db.OutboxMessages.Local.Select(m => m.DeduplicationKey).ToHashSet(StringComparer.Ordinal);
        var unknown = items.Select(key).Where(k => !queued.Contains(k)).Distinct(StringComparer.Ordinal).ToList();
        if (unknown.Count > 0)
        {
            // One parameter holding the whole list (a JSON array on SQLite and SQL Server, an array on PostgreSQL),
            // not EF's default of one parameter per key, which SQL Server caps at 2,100.
            queued.UnionWith(await db.OutboxMessages
                .Where(m => EF.Parameter(unknown).Contains(m.DeduplicationKey))
                .Select(m => m.DeduplicationKey)
                .ToListAsync(cancellationToken));
        }
        var now = clock.GetUtcNow();
        var added = 0;
        foreach (var item in items.Where(i => queued.Add(key(i))))
        {
            var mail = await render(item);
            if (mail.DeduplicationKey != key(item))
            {
                throw new InvalidOperationException($"A mail rendered for key {key(item)} carries the key {mail.DeduplicationKey}.");
            }
            db.OutboxMessages.Add(new OutboxMessage(Guid.NewGuid(), mail.DeduplicationKey, mail.ToAddress, mail.ToName,
                mail.Content.Subject, mail.Content.Text, mail.Content.Html, now));
            added++;
        }
        return added;
    }
}
