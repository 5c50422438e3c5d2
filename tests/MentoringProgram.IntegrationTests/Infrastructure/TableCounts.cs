using MentoringProgram.Testing;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.IntegrationTests.Infrastructure;

/// <summary>The number of rows in every table the app maps, to prove a request wrote nothing.</summary>
public static class TableCounts
{
    public static Task<Dictionary<string, long>> TakeAsync(TestAppFactory app) => app.WithDbAsync(async db =>
    {
        var tables = db.Model.GetEntityTypes()
            .Where(e => e.GetTableName() is not null && e.GetViewName() is null)
            .Select(e => (Schema: e.GetSchema(), Table: e.GetTableName()!))
            .Distinct()
            .ToList();
        var counts = new Dictionary<string, long>();
        foreach (var (schema, table) in tables)
        {
            var name = schema is null ? $"\"{table}\"" : $"\"{schema}\".\"{table}\"";
            // Table names come from the app's own model, never from input.
#pragma warning disable EF1002
            counts[name] = await db.Database.SqlQueryRaw<long>($"SELECT COUNT(*) AS \"Value\" FROM {name}").SingleAsync(TestContext.Current.CancellationToken);
#pragma warning restore EF1002
        }
        return counts;
    });

    /// <summary>"Table: before -> after" for every table whose count changed.</summary>
    public static IEnumerable<string> Changes(Dictionary<string, long> before, Dictionary<string, long> after) =>
        after.Where(a => before.GetValueOrDefault(a.Key) != a.Value).Select(a => $"{a.Key}: {before.GetValueOrDefault(a.Key)} -> {a.Value}");
}
