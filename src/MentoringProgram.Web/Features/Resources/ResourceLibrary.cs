using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.AspNetCore.Html;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Resources;

/// <summary>The library as staff read it: every resource under its kind's heading (a program's own ones say which
/// program), and one resource's page rendered through <see cref="ResourceRenderer"/>.</summary>
public static class ResourceLibrary
{
    public sealed record Entry(int Id, string Title, ResourceAudience Audience, string? ProgramName);

    public sealed record Section(ResourceKind Kind, IReadOnlyList<Entry> Entries);

    public sealed record Article(int Id, string Title, ResourceKind Kind, ResourceAudience Audience, string? ProgramName, DateTimeOffset UpdatedAt, HtmlString Html);

    public sealed class Handler(AppDbContext db, ResourceRenderer renderer)
    {
        public async Task<IReadOnlyList<Section>> SectionsAsync(CancellationToken cancellationToken)
        {
            var rows = await db.Resources.AsNoTracking()
                .OrderBy(r => r.ProgramId != null).ThenBy(r => r.SortOrder).ThenBy(r => r.Title).ThenBy(r => r.Id)
                .Select(r => new { r.Kind, Entry = new Entry(r.Id, r.Title, r.Audience, db.Programs.Where(p => p.Id == r.ProgramId).Select(p => p.Name).FirstOrDefault()) })
                .ToListAsync(cancellationToken);
            return [.. ResourceKindExtensions.InLibraryOrder
                .Select(kind => new Section(kind, [.. rows.Where(r => r.Kind == kind).Select(r => r.Entry)]))
                .Where(s => s.Entries.Count > 0)];
        }

        public async Task<Article?> ArticleAsync(int resourceId, CancellationToken cancellationToken)
        {
            var row = await db.Resources.AsNoTracking().Where(r => r.Id == resourceId)
                .Select(r => new { r.Id, r.Title, r.Kind, r.Audience, r.Markdown, r.UpdatedAt, ProgramName = db.Programs.Where(p => p.Id == r.ProgramId).Select(p => p.Name).FirstOrDefault() })
                .SingleOrDefaultAsync(cancellationToken);
            return row is null
                ? null
                : new Article(row.Id, row.Title, row.Kind, row.Audience, row.ProgramName, row.UpdatedAt, renderer.Render(row.Id, row.UpdatedAt, row.Markdown));
        }
    }
}
