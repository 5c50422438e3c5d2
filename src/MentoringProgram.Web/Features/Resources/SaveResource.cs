using FluentValidation;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Shared;
using Microsoft.AspNetCore.Html;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Resources;

/// <summary>The coordinator writes or changes a resource: for every program or for one, with a preview of the
/// sanitised page before saving. Each save is audited in the same transaction.</summary>
public static class SaveResource
{
    public sealed class Command
    {
        public string Title { get; set; } = "";
        public ResourceKind Kind { get; set; } = ResourceKind.Tip;
        public ResourceAudience Audience { get; set; } = ResourceAudience.Everyone;

        /// <summary>Empty: the resource is in every program's library.</summary>
        public int? ProgramId { get; set; }

        public int SortOrder { get; set; }
        public string Markdown { get; set; } = "";
    }

    public sealed record ProgramOption(int Id, string Name);

    /// <summary>The form page: what was typed, the programs to choose from and, after "Preview", the rendered text.</summary>
    public sealed record Page(int? ResourceId, Command Form, IReadOnlyList<ProgramOption> Programs)
    {
        public HtmlString? Preview { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(AppDbContext db)
        {
            RuleFor(c => c.Title).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter the resource's title.")
                .MaximumLength(Resource.TitleMaxLength).WithMessage($"Keep the title under {Resource.TitleMaxLength} characters.")
                .SingleLine();
            RuleFor(c => c.Markdown).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Write the resource's text.")
                .MaximumLength(Resource.MarkdownMaxLength).WithMessage($"Keep the text under {Resource.MarkdownMaxLength:N0} characters.")
                .MultiLine();
            RuleFor(c => c.Kind).IsInEnum().WithMessage("Choose what kind of resource this is.");
            RuleFor(c => c.Audience).IsInEnum().WithMessage("Choose who the resource is for.");
            RuleFor(c => c.SortOrder).InclusiveBetween(0, Resource.MaxSortOrder).WithMessage($"Use an order between 0 and {Resource.MaxSortOrder}.");
            RuleFor(c => c.ProgramId)
                .MustAsync(async (id, ct) => id is null || await db.Programs.AnyAsync(p => p.Id == id, ct))
                .WithMessage("Choose a program from the list, or every program.");
        }
    }

    public sealed class Handler(AppDbContext db)
    {
        public async Task<Page> PageAsync(int? resourceId, Command form, CancellationToken cancellationToken)
        {
            var programs = await db.Programs.AsNoTracking().OrderBy(p => p.Name).ThenBy(p => p.Id)
                .Select(p => new ProgramOption(p.Id, p.Name)).ToListAsync(cancellationToken);
            return new Page(resourceId, form, programs);
        }

        public async Task<Command?> FindAsync(int resourceId, CancellationToken cancellationToken) =>
            await db.Resources.AsNoTracking().Where(r => r.Id == resourceId)
                .Select(r => new Command { Title = r.Title, Kind = r.Kind, Audience = r.Audience, ProgramId = r.ProgramId, SortOrder = r.SortOrder, Markdown = r.Markdown })
                .SingleOrDefaultAsync(cancellationToken);

        /// <summary>Adds the resource, or changes it when <paramref name="resourceId"/> is given; the resource's id, or
        /// null when the one to change does not exist.</summary>
        public Task<int?> SaveAsync(int? resourceId, Command command, string? actorUserId, CancellationToken cancellationToken) =>
            db.InTransactionAsync(async () =>
            {
                Resource resource;
                if (resourceId is { } id)
                {
                    if (await db.Resources.FindAsync([id], cancellationToken) is not { } existing)
                    {
                        return (int?)null;
                    }
                    resource = existing;
                    resource.Update(command.ProgramId, command.Title, command.Kind, command.Audience, command.SortOrder, command.Markdown);
                }
                else
                {
                    resource = new Resource(command.ProgramId, command.Title, command.Kind, command.Audience, command.SortOrder, command.Markdown);
                    db.Resources.Add(resource);
                }
                await db.SaveChangesAsync(cancellationToken);
                db.AuditEntries.Add(new AuditEntry(resource.UpdatedAt, actorUserId, resourceId is null ? ResourceAudit.Created : ResourceAudit.Changed,
                    ResourceAudit.Subject(resource.Id), $"{resource.Kind}: {resource.Title}"));
                await db.SaveChangesAsync(cancellationToken);
                return resource.Id;
            }, id => id is not null, cancellationToken);
    }
}
