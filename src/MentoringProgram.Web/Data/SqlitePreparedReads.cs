using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MentoringProgram.Web.Data;

/// <summary>Sends EF Core's read queries outside a transaction to <see cref="SqliteReadConnections"/>, where their
/// statements stay prepared; everything else runs as EF Core would run it.</summary>
public sealed class SqlitePreparedReads(SqliteReadConnections connections) : DbCommandInterceptor
{
    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result) =>
        !result.HasResult && connections.TryExecute(command, eventData.CommandSource) is { } reader
            ? InterceptionResult<DbDataReader>.SuppressWithResult(reader)
            : result;

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(ReaderExecuting(command, eventData, result));
    }
}
