using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Data;

/// <summary>Stamps created/updated times from the TimeProvider and renews concurrency stamps on every save,
/// so an edit made from a stale form fails instead of overwriting someone else's.</summary>
public sealed class StampingInterceptor(TimeProvider clock) : BeforeSaveInterceptor
{
    protected override void BeforeSave(DbContext context)
    {
        var now = clock.GetUtcNow();
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified))
            {
                continue;
            }
            if (entry.Entity is IAudited audited)
            {
                if (entry.State == EntityState.Added)
                {
                    audited.CreatedAt = now;
                }
                audited.UpdatedAt = now;
            }
            if (entry.Entity is IConcurrencyStamped stamped)
            {
                stamped.ConcurrencyStamp = Guid.NewGuid();
            }
        }
    }
}
