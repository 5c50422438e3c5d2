namespace MentoringProgram.Web.Data;

public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Sqlite (default, nothing to install), SqlServer (production) or PostgreSql.</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Empty on SQLite means a file under App_Data beside the app.</summary>
    public string? ConnectionString { get; set; }

    /// <summary>SQLite only: run read queries on connections that keep their statements prepared (ADR 0023). On by
    /// default; off leaves every query to EF Core's own connection.</summary>
    public bool SqlitePreparedReads { get; set; } = true;
}
