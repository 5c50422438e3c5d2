using System.Data;
using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.IntegrationTests.Infrastructure;

/// <summary>The context's own connection, open for a test's raw commands. On SQLite the app puts off EF Core's open until a
/// command of EF Core's needs it (SqlitePreparedReads), so <c>OpenConnection</c> alone can leave it closed; EF Core still
/// closes it on <c>CloseConnection</c>.</summary>
public static class OwnConnection
{
    public static async Task<DbConnection> OpenAsync(DbContext db)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync(TestContext.Current.CancellationToken);
        if (connection.State != ConnectionState.Open)
        {
            await connection.OpenAsync(TestContext.Current.CancellationToken);
        }
        return connection;
    }
}
