using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Data;

/// <summary>Brings the database to the current schema and makes sure what every installation needs exists:
/// the roles, the six starting topics, the starting resource library and the mail server's status row (which <see cref="OneRowQuery"/> also uses).</summary>
public sealed class DatabaseInitializer(AppDbContext db, RoleManager<IdentityRole> roles, Infrastructure.StampedCache cache, ILogger<DatabaseInitializer> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await db.Database.MigrateAsync(cancellationToken);
        // Kept values rely on a statement reading one snapshot (ADR 0025): SQL Server's default read committed reads each
        // row when it gets to it, so a stamp read beside a count could be newer than the count. Correct first, fast second.
        if (db.Provider == DatabaseProvider.SqlServer && !await SnapshotReadsAsync(cancellationToken))
        {
            cache.TurnOff();
            logger.LogWarning("READ_COMMITTED_SNAPSHOT is off for this database, so list pages and the matching pool are read afresh on every view. Turn it on (docs/operations.md) and restart to keep them.");
        }
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
        if (!await db.MailServerStatuses.AnyAsync(s => s.Id == Email.MailServerStatus.SingletonId, cancellationToken))
        {
            db.MailServerStatuses.Add(Email.MailServerStatus.Reachable());
            await db.SaveChangesAsync(cancellationToken);
        }
        if (!await db.Topics.AnyAsync(cancellationToken))
        {
            db.Topics.AddRange(Topic.SeedTopics());
            await db.SaveChangesAsync(cancellationToken);
        }
        // Default surveys are given to a program when it is created (SaveProgram, and the demo data), never here: a program
        // with no survey may be one whose coordinator deleted them, and starting the app must not bring them back.
        if (!await db.Resources.AnyAsync(cancellationToken))
        {
            db.Resources.AddRange(ResourceSeeds.Library());
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private async Task<bool> SnapshotReadsAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await db.Database.SqlQueryRaw<bool>("SELECT is_read_committed_snapshot_on AS [Value] FROM sys.databases WHERE database_id = DB_ID()")
                .SingleAsync(cancellationToken);
        }
        catch (System.Data.Common.DbException unreadable)
        {
            // A login that may not read the catalog: not knowing counts as off.
            logger.LogWarning(unreadable, "Could not read whether READ_COMMITTED_SNAPSHOT is on");
            return false;
        }
    }
}
