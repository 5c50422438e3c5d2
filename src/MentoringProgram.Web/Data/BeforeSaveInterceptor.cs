using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace MentoringProgram.Web.Data;

/// <summary>A change made to the tracked entities just before each save, synchronous or not, so it is saved with them.</summary>
public abstract class BeforeSaveInterceptor : SaveChangesInterceptor
{
    protected abstract void BeforeSave(DbContext context);

    public sealed override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
        {
            BeforeSave(context);
        }
        return result;
    }

    public sealed override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(SavingChanges(eventData, result));
}
