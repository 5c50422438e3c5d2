using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Pairings;

/// <summary>
/// Deletes the private content of every pairing that ended longer ago than the retention period (docs/adr/0018): its
/// private notes, its meetings' topics and places, and the words of its agreement. Dates, counts, statuses and
/// confirmations stay for the coordinator's reports. Set-based: one transaction of six statements whatever the number of
/// pairings (one when nothing is due). The first statement claims the pairings by stamping the day; a second instance
/// running at once waits on those rows (or SQLite's write lock) and then finds nothing left to claim, so each pairing
/// is emptied and audited once. Every statement only empties what is still there, so a rerun changes nothing.
/// </summary>
public sealed class DeleteExpiredPrivateContent(AppDbContext db, PrivateContentRetention retention, TimeProvider clock, ILogger<DeleteExpiredPrivateContent> logger)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        // The earliest date anywhere on Earth (UTC-12): nothing is deleted before its stated day has begun in its
        // program's zone, and at most a day after it.
        var today = DateOnly.FromDateTime(now.UtcDateTime.AddHours(-12));
        var lastEndedDue = retention.LastEndedDayDue(today);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.Pairings
            .Where(p => p.PrivateContentDeletedOn == null && p.EndedOn != null && p.EndedOn <= lastEndedDue)
            .Where(p => p.Status != PairingStatus.Proposed && p.Status != PairingStatus.Active)
            .ExecuteUpdateAsync(s => s
                .SetProperty(p => p.PrivateContentDeletedOn, today)
                .SetProperty(p => p.UpdatedAt, now)
                .SetProperty(p => p.ConcurrencyStamp, Guid.NewGuid()), cancellationToken);
        if (claimed == 0)
        {
            await transaction.CommitAsync(cancellationToken);
            return 0;
        }

        await AuditAsync(today, now, cancellationToken);
        var emptied = db.Pairings.Where(p => p.PrivateContentDeletedOn != null).Select(p => p.Id);
        var notes = await db.PrivateNotes.Where(n => emptied.Contains(n.PairingId)).ExecuteDeleteAsync(cancellationToken);
        var topics = await db.MeetingTopics
            .Where(t => db.Meetings.Any(m => m.Id == t.MeetingId && emptied.Contains(m.PairingId)))
            .ExecuteDeleteAsync(cancellationToken);
        var places = await db.Meetings.Where(m => m.Place != null && emptied.Contains(m.PairingId))
            .ExecuteUpdateAsync(s => s
                .SetProperty(m => m.Place, (string?)null)
                .SetProperty(m => m.Sequence, m => m.Sequence + 1)
                .SetProperty(m => m.UpdatedAt, now)
                .SetProperty(m => m.ConcurrencyStamp, Guid.NewGuid()), cancellationToken);
        var agreements = await db.PairingAgreements
            .Where(a => emptied.Contains(a.PairingId))
            .Where(a => a.Goals != "" || a.MeetingFrequency != null || a.Confidentiality != null || a.PlannedUntil != null || a.OutsideWorkHours)
            .ExecuteUpdateAsync(s => s
                .SetProperty(a => a.Goals, "")
                .SetProperty(a => a.MeetingFrequency, (string?)null)
                .SetProperty(a => a.Confidentiality, (string?)null)
                .SetProperty(a => a.PlannedUntil, (DateOnly?)null)
                .SetProperty(a => a.OutsideWorkHours, false)
                .SetProperty(a => a.UpdatedAt, now)
                .SetProperty(a => a.ConcurrencyStamp, Guid.NewGuid()), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        logger.LogInformation("Retention: private content of {Pairings} pairings deleted ({Notes} notes, {Topics} meeting topics, {Places} meeting places, {Agreements} agreements)",
            claimed, notes, topics, places, agreements);
        return claimed;
    }

    // Double quotes name tables and columns on all three providers (SQL Server with QUOTED_IDENTIFIER on, its default);
    // SQL Server alone spells the subject's concatenation with CONCAT. Every value is a parameter.
    private const string AuditSql =
        "INSERT INTO \"AuditEntries\" (\"At\", \"ActorUserId\", \"Action\", \"Subject\", \"Details\") " +
        "SELECT {1}, NULL, {2}, {0} || p.\"Id\", {3} FROM \"Pairings\" AS p WHERE p.\"PrivateContentDeletedOn\" = {4} " +
        "AND NOT EXISTS (SELECT 1 FROM \"AuditEntries\" AS a WHERE a.\"Action\" = {2} AND a.\"Subject\" = {0} || p.\"Id\")";

    private const string AuditSqlServer =
        "INSERT INTO \"AuditEntries\" (\"At\", \"ActorUserId\", \"Action\", \"Subject\", \"Details\") " +
        "SELECT {1}, NULL, {2}, CONCAT({0}, p.\"Id\"), {3} FROM \"Pairings\" AS p WHERE p.\"PrivateContentDeletedOn\" = {4} " +
        "AND NOT EXISTS (SELECT 1 FROM \"AuditEntries\" AS a WHERE a.\"Action\" = {2} AND a.\"Subject\" = CONCAT({0}, p.\"Id\"))";

    /// <summary>One audit entry per pairing claimed today that has none yet, in one INSERT ... SELECT (EF Core has no
    /// set-based insert): the entry names the pairing and the policy, never any of the content.</summary>
    private async Task AuditAsync(DateOnly today, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // The same value EF stores for this column (UTC ticks on SQLite), so the log sorts and reads it like any entry.
        var at = db.Model.FindEntityType(typeof(AuditEntry))!.FindProperty(nameof(AuditEntry.At))!.GetTypeMapping().Converter?.ConvertToProvider(now) ?? now;
        var action = PairingAudit.PrivateContentDeleted;
        var details = $"private content deleted {retention.Months} months after the pairing ended";
        var prefix = PairingAudit.Subject(0)[..^1];
        await db.Database.ExecuteSqlRawAsync(db.Provider == DatabaseProvider.SqlServer ? AuditSqlServer : AuditSql, [prefix, at, action, details, today], cancellationToken);
    }
}
