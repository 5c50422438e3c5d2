using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MentoringProgram.Web.Data;

/// <summary>
/// Sends EF Core's read queries outside a transaction to <see cref="SqliteReadConnections"/>, where their statements
/// stay prepared; everything else runs as EF Core would run it.
/// EF Core opens its own connection before each query and closes it after, though a read served here never touches it:
/// taking it from Microsoft.Data.Sqlite's pool and giving it back, under the pool's lock, was a tenth of the staff home
/// page under load (issue 12). So EF Core's open is put off (<see cref="ConnectionOpening"/> suppresses it) until
/// something needs that connection: a command this does not serve, or a transaction. Code that takes the connection
/// itself (<c>Database.GetDbConnection()</c>) after <c>OpenConnection()</c> must open it if it finds it closed; only
/// tests do.
/// </summary>
public sealed class SqlitePreparedReads(SqliteReadConnections connections) : DbCommandInterceptor, IDbConnectionInterceptor, IDbTransactionInterceptor
{
    public InterceptionResult ConnectionOpening(DbConnection connection, ConnectionEventData eventData, InterceptionResult result) =>
        InterceptionResult.Suppress();

    public ValueTask<InterceptionResult> ConnectionOpeningAsync(DbConnection connection, ConnectionEventData eventData, InterceptionResult result,
        CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(InterceptionResult.Suppress());

    public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
    {
        if (!result.HasResult && connections.TryExecute(command, eventData.CommandSource) is { } reader)
        {
            return InterceptionResult<DbDataReader>.SuppressWithResult(reader);
        }
        EnsureOpen(command.Connection);
        return result;
    }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
        InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(ReaderExecuting(command, eventData, result));
    }

    public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
    {
        EnsureOpen(command.Connection);
        return result;
    }

    public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        EnsureOpen(command.Connection);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
    {
        EnsureOpen(command.Connection);
        return result;
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<object> result,
        CancellationToken cancellationToken = default)
    {
        EnsureOpen(command.Connection);
        return ValueTask.FromResult(result);
    }

    public InterceptionResult<DbTransaction> TransactionStarting(DbConnection connection, TransactionStartingEventData eventData, InterceptionResult<DbTransaction> result)
    {
        EnsureOpen(connection);
        return result;
    }

    public ValueTask<InterceptionResult<DbTransaction>> TransactionStartingAsync(DbConnection connection, TransactionStartingEventData eventData,
        InterceptionResult<DbTransaction> result, CancellationToken cancellationToken = default)
    {
        EnsureOpen(connection);
        return ValueTask.FromResult(result);
    }

    /// <summary>Opens EF Core's connection, whose open was put off, now that it is needed; EF Core closes it as usual.
    /// Microsoft.Data.Sqlite opens synchronously whichever method is called.</summary>
    private static void EnsureOpen(DbConnection? connection)
    {
        if (connection is { State: ConnectionState.Closed })
        {
            connection.Open();
        }
    }
}
