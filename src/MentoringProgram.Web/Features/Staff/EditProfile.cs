using FluentValidation;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Shared;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Staff;

public static class EditProfile
{
    /// <summary>What the profile form posts: never the entity, so nothing else can be mass-assigned.</summary>
    public sealed class Command
    {
        public string FullName { get; set; } = "";
        public int? DepartmentId { get; set; }
        public string? JobTitle { get; set; }
        public DateOnly? HireDate { get; set; }
        public string? SupervisorName { get; set; }
        public string? SupervisorEmail { get; set; }
        public string? Location { get; set; }
        public string? Phone { get; set; }
        public List<ContactMethods> PreferredContact { get; set; } = [];
        public string? Bio { get; set; }
        public string? Expertise { get; set; }
        public string? AvailabilityNotes { get; set; }
        public Guid ConcurrencyStamp { get; set; }
    }

    public sealed class ViewModel
    {
        public required Command Form { get; init; }
        public required string WorkEmail { get; init; }
        public required IReadOnlyList<SelectListItem> Departments { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator(AppDbContext db, TimeProvider clock)
        {
            RuleFor(c => c.FullName).NotEmpty().WithMessage("Enter your name.")
                .MaximumLength(200).WithMessage("Keep your name under 200 characters.")
                .SingleLine();
            RuleFor(c => c.DepartmentId).NotNull().WithMessage("Choose your department.")
                .MustAsync(async (id, ct) => id is null || await db.Departments.AnyAsync(d => d.Id == id, ct))
                .WithMessage("Choose a department from the list.");
            RuleFor(c => c.JobTitle).MaximumLength(200).WithMessage("Keep the job title under 200 characters.").SingleLine();
            RuleFor(c => c.HireDate)
                .Must(d => d is null || d <= clock.Today())
                .WithMessage("Your hire date cannot be in the future.")
                .Must(d => d is null || d.Value.Year >= 1950)
                .WithMessage("Enter the date you joined the library staff.");
            RuleFor(c => c.SupervisorName).MaximumLength(200).WithMessage("Keep the supervisor's name under 200 characters.").SingleLine();
            RuleFor(c => c.SupervisorEmail).EmailAddress().When(c => !string.IsNullOrWhiteSpace(c.SupervisorEmail))
                .WithMessage("Enter your supervisor's email like name@library.edu.")
                .MaximumLength(256).WithMessage("Keep your supervisor's email under 256 characters.")
                .SingleLine();
            RuleFor(c => c.Location).MaximumLength(200).WithMessage("Keep the location under 200 characters.").SingleLine();
            RuleFor(c => c.Phone).MaximumLength(50).WithMessage("Keep the phone number under 50 characters.").SingleLine();
            RuleFor(c => c.Bio).MaximumLength(2000).WithMessage("Keep your bio under 2,000 characters.").MultiLine();
            RuleFor(c => c.Expertise).MaximumLength(1000).WithMessage("Keep your areas of expertise under 1,000 characters.").MultiLine();
            RuleFor(c => c.AvailabilityNotes).MaximumLength(1000).WithMessage("Keep your availability notes under 1,000 characters.").MultiLine();
            RuleForEach(c => c.PreferredContact).IsInEnum().WithMessage("Choose contact methods from the list.");
        }
    }

    public sealed class Handler(AppDbContext db, CurrentStaff current)
    {
        public async Task<ViewModel?> LoadAsync(CancellationToken cancellationToken)
        {
            if (await current.FindAsync(cancellationToken) is not { } staff)
            {
                return null;
            }
            var form = new Command
            {
                FullName = staff.FullName,
                DepartmentId = staff.DepartmentId,
                JobTitle = staff.JobTitle,
                HireDate = staff.HireDate,
                SupervisorName = staff.SupervisorName,
                SupervisorEmail = staff.SupervisorEmail,
                Location = staff.Location,
                Phone = staff.Phone,
                PreferredContact = staff.PreferredContact.Split(),
                Bio = staff.Bio,
                Expertise = staff.Expertise,
                AvailabilityNotes = staff.AvailabilityNotes,
                ConcurrencyStamp = staff.ConcurrencyStamp,
            };
            return await ViewAsync(form, staff.WorkEmail, cancellationToken);
        }

        public async Task<ViewModel> ViewAsync(Command form, string workEmail, CancellationToken cancellationToken) => new()
        {
            Form = form,
            WorkEmail = workEmail,
            Departments = await db.Departments.AsNoTracking().OrderBy(d => d.Name)
                .Select(d => new SelectListItem(d.Name, d.Id.ToString())).ToListAsync(cancellationToken),
        };

        /// <summary>Saves the profile; false when someone else saved it since the form was loaded.</summary>
        public async Task<bool> SaveAsync(StaffMember staff, Command command, CancellationToken cancellationToken)
        {
            db.Entry(staff).Property(s => s.ConcurrencyStamp).OriginalValue = command.ConcurrencyStamp;
            staff.FullName = command.FullName.Trim();
            staff.DepartmentId = command.DepartmentId;
            staff.JobTitle = command.JobTitle.TrimToNull();
            staff.HireDate = command.HireDate;
            staff.SupervisorName = command.SupervisorName.TrimToNull();
            staff.SupervisorEmail = command.SupervisorEmail.TrimToNull()?.ToLowerInvariant();
            staff.Location = command.Location.TrimToNull();
            staff.Phone = command.Phone.TrimToNull();
            staff.PreferredContact = ContactMethodsExtensions.Combine(command.PreferredContact);
            staff.Bio = command.Bio.TrimToNull();
            staff.Expertise = command.Expertise.TrimToNull();
            staff.AvailabilityNotes = command.AvailabilityNotes.TrimToNull();
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return true;
            }
            catch (DbUpdateConcurrencyException)
            {
                return false;
            }
        }
    }
}
