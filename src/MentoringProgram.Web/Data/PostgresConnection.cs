using Npgsql;

namespace MentoringProgram.Web.Data;

public static class PostgresConnection
{
    /// <summary>
    /// Turns on Npgsql's automatic preparation unless the connection string chooses otherwise: a statement the app
    /// sends again and again (every list page sends the same two) is planned once per connection instead of on each
    /// call, where planning was 1.4 ms of a list page's query (issue 12).
    /// </summary>
    public static string WithPreparedStatements(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!connectionString.Contains("Max Auto Prepare", StringComparison.OrdinalIgnoreCase) && !connectionString.Contains("MaxAutoPrepare", StringComparison.OrdinalIgnoreCase))
        {
            builder.MaxAutoPrepare = 64;
            builder.AutoPrepareMinUsages = 2;
        }
        return builder.ConnectionString;
    }
}
