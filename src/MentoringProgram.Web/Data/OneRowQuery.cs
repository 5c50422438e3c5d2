using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Data;

public static class OneRowQuery
{
    /// <summary>A query of exactly one row and no table, to hang scalar subqueries (counts, a setting) on, so a page
    /// reads several unrelated figures in one statement; valid SQL on SQLite, PostgreSQL and SQL Server alike.</summary>
    public static IQueryable<int> OneRow(this DbContext db) => db.Database.SqlQueryRaw<int>("SELECT 1 AS \"Value\"");
}
