using FluentValidation;
using MentoringProgram.Web.Features.Shared;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Setup;

public static class ManageTopics
{
    public sealed class Command : ISetupItemForm
    {
        public int? Id { get; set; }
        public string Name { get; set; } = "";
        public string? Description { get; set; }
        public int SortOrder { get; set; }
        public bool IsActive { get; set; } = true;
    }

    public sealed record Row(int Id, string Name, string? Description, int SortOrder, bool IsActive, int ProgramCount);

    public sealed record Page(IReadOnlyList<Row> Topics, Command Form);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(AppDbContext db)
        {
            // Stop at the first failure: the uniqueness query must never see an empty or malformed name.
            RuleFor(c => c.Name).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter the topic's name.")
                .MaximumLength(200).WithMessage("Keep the name under 200 characters.")
                .SingleLine()
                .MustAsync(async (command, name, ct) => !await db.Topics.AnyAsync(t => t.Name == (name ?? "").Trim() && t.Id != command.Id, ct))
                .WithMessage("There is already a topic with that name.");
            RuleFor(c => c.Description).MaximumLength(1000).WithMessage("Keep the description under 1,000 characters.").MultiLine();
            RuleFor(c => c.SortOrder).InclusiveBetween(0, 1000).WithMessage("Use an order between 0 and 1000.");
        }
    }

    public sealed class Handler(AppDbContext db) : ISetupListHandler<Command, Page>
    {
        public async Task<Page> LoadAsync(Command form, CancellationToken cancellationToken)
        {
            var topics = await db.Topics.AsNoTracking().OrderBy(t => t.SortOrder).ThenBy(t => t.Name)
                .Select(t => new Row(t.Id, t.Name, t.Description, t.SortOrder, t.IsActive, db.Programs.Count(p => p.Topics.Any(pt => pt.TopicId == t.Id))))
                .ToListAsync(cancellationToken);
            return new Page(topics, form);
        }

        public async Task<Command?> FindAsync(int id, CancellationToken cancellationToken) =>
            await db.Topics.AsNoTracking().Where(t => t.Id == id)
                .Select(t => new Command { Id = t.Id, Name = t.Name, Description = t.Description, SortOrder = t.SortOrder, IsActive = t.IsActive })
                .SingleOrDefaultAsync(cancellationToken);

        /// <summary>Adds or updates; false when the topic to update does not exist.</summary>
        public async Task<bool> SaveAsync(Command command, CancellationToken cancellationToken)
        {
            if (command.Id is { } id)
            {
                if (await db.Topics.FindAsync([id], cancellationToken) is not { } topic)
                {
                    return false;
                }
                topic.Update(command.Name, command.Description, command.SortOrder, command.IsActive);
            }
            else
            {
                db.Topics.Add(new Topic(command.Name, command.Description, command.SortOrder, command.IsActive));
            }
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
    }
}
