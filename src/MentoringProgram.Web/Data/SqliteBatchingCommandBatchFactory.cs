using Microsoft.EntityFrameworkCore.Update;

namespace MentoringProgram.Web.Data;

/// <summary>
/// Lets SQLite send up to <see cref="CommandsPerBatch"/> changes of one SaveChanges in one command, as the SQL Server and
/// PostgreSQL providers do. EF's SQLite provider sends one command per row, so a daily job queueing 1,334 reminders
/// sent 1,334 INSERTs. Microsoft.Data.Sqlite runs a command's statements in turn on the same connection and
/// transaction, and a failing one (a unique key lost to another instance) fails the whole SaveChanges as before.
/// </summary>
public sealed class SqliteBatchingCommandBatchFactory(ModificationCommandBatchFactoryDependencies dependencies) : IModificationCommandBatchFactory
{
    public const int CommandsPerBatch = 1000;

    public ModificationCommandBatch Create() => new Batch(dependencies);

    private sealed class Batch(ModificationCommandBatchFactoryDependencies dependencies) : AffectedCountModificationCommandBatch(dependencies, CommandsPerBatch);
}
