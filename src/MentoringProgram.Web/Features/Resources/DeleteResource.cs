using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Resources;

/// <summary>The coordinator removes a resource after confirming; the audit entry keeps its title.</summary>
public static class DeleteResource
{
    public sealed record Confirmation(int ResourceId, string Title, string? ProgramName);

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public async Task<Confirmation?> FindAsync(int resourceId, CancellationToken cancellationToken) =>
            await db.Resources.AsNoTracking().Where(r => r.Id == resourceId)
                .Select(r => new Confirmation(r.Id, r.Title, db.Programs.Where(p => p.Id == r.ProgramId).Select(p => p.Name).FirstOrDefault()))
                .SingleOrDefaultAsync(cancellationToken);

        /// <summary>False when the resource does not exist (any more).</summary>
        public async Task<bool> DeleteAsync(int resourceId, string? actorUserId, CancellationToken cancellationToken)
        {
            if (await db.Resources.FindAsync([resourceId], cancellationToken) is not { } resource)
            {
                return false;
            }
            db.Resources.Remove(resource);
            db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), actorUserId, ResourceAudit.Deleted, ResourceAudit.Subject(resource.Id),
                $"{resource.Kind}: {resource.Title}"));
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
    }
}
