using FluentValidation;
using MentoringProgram.Web.Features.Shared;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Setup;

public static class ManageDepartments
{
    public sealed class Command : ISetupItemForm
    {
        public int? Id { get; set; }
        public string Name { get; set; } = "";
    }

    public sealed record Row(int Id, string Name, int StaffCount);

    public sealed record Page(IReadOnlyList<Row> Departments, Command Form);

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(AppDbContext db)
        {
            // Stop at the first failure: the uniqueness query must never see an empty or malformed name.
            RuleFor(c => c.Name).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter the department's name.")
                .MaximumLength(200).WithMessage("Keep the name under 200 characters.")
                .SingleLine()
                .MustAsync(async (command, name, ct) => !await db.Departments.AnyAsync(d => d.Name == (name ?? "").Trim() && d.Id != command.Id, ct))
                .WithMessage("There is already a department with that name.");
        }
    }

    public sealed class Handler(AppDbContext db) : ISetupListHandler<Command, Page>
    {
        public async Task<Page> LoadAsync(Command form, CancellationToken cancellationToken) =>
            new(await db.Departments.AsNoTracking().OrderBy(d => d.Name)
                .Select(d => new Row(d.Id, d.Name, db.StaffMembers.Count(s => s.DepartmentId == d.Id)))
                .ToListAsync(cancellationToken), form);

        public async Task<Command?> FindAsync(int id, CancellationToken cancellationToken) =>
            await db.Departments.AsNoTracking().Where(d => d.Id == id)
                .Select(d => new Command { Id = d.Id, Name = d.Name }).SingleOrDefaultAsync(cancellationToken);

        public async Task<bool> SaveAsync(Command command, CancellationToken cancellationToken)
        {
            if (command.Id is { } id)
            {
                if (await db.Departments.FindAsync([id], cancellationToken) is not { } department)
                {
                    return false;
                }
                department.Rename(command.Name);
            }
            else
            {
                db.Departments.Add(new Department(command.Name));
            }
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
    }
}
