using MentoringProgram.Web.Data;
using Npgsql;

namespace MentoringProgram.Testing;

/// <summary>A real, empty database for one test fixture: a SQLite file, or a fresh database on the
/// PostgreSQL server the test script started (MP_TEST_POSTGRES).</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    public const string PostgresVariable = "MP_TEST_POSTGRES";

    private TestDatabase(DatabaseProvider provider, string connectionString, Func<ValueTask> drop)
    {
        Provider = provider;
        ConnectionString = connectionString;
        _drop = drop;
    }

    private readonly Func<ValueTask> _drop;

    public DatabaseProvider Provider { get; }
    public string ConnectionString { get; }

    public static bool PostgresAvailable => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable(PostgresVariable));

    public static TestDatabase CreateSqlite()
    {
        var folder = Path.Combine(Path.GetTempPath(), "mentoring-tests");
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, $"{Guid.NewGuid():N}.db");
        return new TestDatabase(DatabaseProvider.Sqlite, $"Data Source={file};Pooling=False", () =>
        {
            foreach (var path in new[] { file, file + "-wal", file + "-shm" })
            {
                File.Delete(path);
            }
            return ValueTask.CompletedTask;
        });
    }

    public static async Task<TestDatabase> CreatePostgresAsync()
    {
        var server = Environment.GetEnvironmentVariable(PostgresVariable)
            ?? throw new InvalidOperationException($"Set {PostgresVariable} to a PostgreSQL connection string (scripts/test.sh does).");
        var name = $"mp_{Guid.NewGuid():N}";
        await using (var connection = new NpgsqlConnection(server))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }
        var builder = new NpgsqlConnectionStringBuilder(server) { Database = name };
        return new TestDatabase(DatabaseProvider.PostgreSql, builder.ConnectionString, async () =>
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(server);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {name} WITH (FORCE)", connection);
            await drop.ExecuteNonQueryAsync();
        });
    }

    public ValueTask DisposeAsync() => _drop();
}
