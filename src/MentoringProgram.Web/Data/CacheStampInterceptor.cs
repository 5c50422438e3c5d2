using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Data;

/// <summary>
/// Renews a cache's stamp in the save that changes what the cache is made from: the stamp's update joins the save's
/// own commands, so it commits or rolls back with them, on every provider and every instance (ADR 0025). A bulk
/// <c>ExecuteUpdate</c> or raw SQL on those tables bypasses this and must renew the stamp itself; none does today.
/// </summary>
public sealed class CacheStampInterceptor(IEnumerable<CacheStampRule> rules) : BeforeSaveInterceptor
{
    private readonly CacheStampRule[] _rules = [.. rules];

    protected override void BeforeSave(DbContext context)
    {
        if (_rules.Length == 0)
        {
            return;
        }
        var changed = context.ChangeTracker.Entries()
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Metadata.ClrType)
            .ToHashSet();
        foreach (var rule in _rules.Where(r => r.ReadsFrom.Overlaps(changed)))
        {
            var tracked = context.ChangeTracker.Entries<CacheStamp>().FirstOrDefault(e => e.Entity.Name == rule.Name);
            var entry = tracked ?? context.Attach(new CacheStamp(rule.Name));
            entry.Entity.Renew();
            entry.Property(s => s.Stamp).IsModified = true;
        }
    }
}
