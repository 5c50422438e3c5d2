using System.Data.Common;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Testing;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>The request list's order (status, rematches first, then oldest) is served by an index on the expression
/// "RematchSince IS NULL", which EF Core's model cannot describe and a migration creates by hand (issue 12). SQLite
/// drops such an index without a word when a later migration rebuilds the table, so this checks it is there and
/// that the page's order needs no sort.</summary>
public abstract class ListOrderIndexTests(AppFixture fixture) : AppTests(fixture)
{
    private const string PageOrder = """
        SELECT "m"."Id" FROM "MenteeRequests" AS "m" WHERE "m"."CycleId" = 1 AND "m"."Status" = 0
        ORDER BY "m"."Status", "m"."RematchSince" IS NULL, "m"."SubmittedAt", "m"."Id" LIMIT 50
        """;

    [Fact]
    public async Task TheWaitingOrderIndexExists_AndSQLiteReadsThePageInIndexOrder()
    {
        await App.WithDbAsync(async db =>
        {
            var sqlite = db.Database.IsSqlite();
            var indexes = await Lines(db, sqlite
                ? "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = 'MenteeRequests'"
                : "SELECT indexname FROM pg_indexes WHERE tablename = 'MenteeRequests'");
            Assert.Contains("IX_MenteeRequests_WaitingOrder", indexes);
            if (sqlite)
            {
                var plan = await Lines(db, "EXPLAIN QUERY PLAN " + PageOrder, column: 3);
                Assert.Contains(plan, step => step.Contains("IX_MenteeRequests_WaitingOrder", StringComparison.Ordinal));
                Assert.DoesNotContain(plan, step => step.Contains("TEMP B-TREE", StringComparison.Ordinal));
            }
            return true;
        });
    }

    private static async Task<List<string>> Lines(DbContext db, string sql, int column = 0)
    {
        var connection = await OwnConnection.OpenAsync(db);
        try
        {
            await using DbCommand command = connection.CreateCommand();
            command.CommandText = sql;
            var lines = new List<string>();
            await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
            while (await reader.ReadAsync(TestContext.Current.CancellationToken))
            {
                lines.Add(Convert.ToString(reader.GetValue(column), System.Globalization.CultureInfo.InvariantCulture) ?? "");
            }
            return lines;
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }
}

public sealed class ListOrderIndexTestsOnSqlite(SqliteApp fixture) : ListOrderIndexTests(fixture), IClassFixture<SqliteApp>;

public sealed class ListOrderIndexTestsOnPostgres(PostgresApp fixture) : ListOrderIndexTests(fixture), IClassFixture<PostgresApp>;
