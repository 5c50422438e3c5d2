using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Data;

/// <summary>
/// Several saves that must land together or not at all, on every provider. Runs inside the provider's execution
/// strategy (SQL Server's retries need the whole transaction replayable) and joins a transaction already open,
/// so a unit of work can call another.
/// </summary>
public static class UnitOfWork
{
    /// <param name="work">The saves; its result decides whether they are kept.</param>
    /// <param name="keep">False rolls everything back (for example an Identity result that did not succeed).</param>
    public static Task<T> InTransactionAsync<T>(this AppDbContext db, Func<Task<T>> work, Func<T, bool> keep, CancellationToken cancellationToken = default)
    {
        if (db.Database.CurrentTransaction is not null)
        {
            return work();
        }
        return db.Database.CreateExecutionStrategy().ExecuteAsync(async () =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            var result = await work();
            if (keep(result))
            {
                await transaction.CommitAsync(cancellationToken);
            }
            else
            {
                await transaction.RollbackAsync(cancellationToken);
            }
            return result;
        });
    }
}
