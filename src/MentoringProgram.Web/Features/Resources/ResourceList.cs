using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Resources;

/// <summary>The coordinator's list of the whole library: the library-wide resources and each program's, by kind.
/// One statement whatever the library's size.</summary>
public static class ResourceList
{
    public sealed record Row(int Id, string Title, ResourceKind Kind, ResourceAudience Audience, int SortOrder, string? ProgramName, DateTimeOffset UpdatedAt);

    public sealed class Handler(AppDbContext db)
    {
        public async Task<IReadOnlyList<Row>> HandleAsync(CancellationToken cancellationToken)
        {
            var rows = await db.Resources.AsNoTracking()
                .Select(r => new Row(r.Id, r.Title, r.Kind, r.Audience, r.SortOrder,
                    db.Programs.Where(p => p.Id == r.ProgramId).Select(p => p.Name).FirstOrDefault(), r.UpdatedAt))
                .ToListAsync(cancellationToken);
            return [.. rows.OrderBy(r => ResourceKindExtensions.InLibraryOrder.ToList().IndexOf(r.Kind)).ThenBy(r => r.ProgramName is not null)
                .ThenBy(r => r.ProgramName, StringComparer.Ordinal).ThenBy(r => r.SortOrder).ThenBy(r => r.Title, StringComparer.Ordinal).ThenBy(r => r.Id)];
        }
    }
}
