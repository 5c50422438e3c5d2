using System.Collections.Concurrent;

namespace MentoringProgram.Web.Data;

/// <summary>
/// A query compiled once for each database provider (each <see cref="AppDbContext"/> subclass). A compiled query keeps
/// the SQL of the first context that runs it, and the tests run SQLite and PostgreSQL in one process, so one compiled
/// delegate cannot serve both. Used for the queries every request runs (the session check, the home page, a list's
/// scope), where building, parameterising and looking up the same expression each time cost as much as running it
/// (issue 12).
/// </summary>
public sealed class CompiledPerProvider<TQuery>(Func<TQuery> compile)
    where TQuery : class
{
    private readonly ConcurrentDictionary<Type, TQuery> _byContext = new();

    public TQuery For(AppDbContext db) => _byContext.GetOrAdd(db.GetType(), _ => compile());
}
