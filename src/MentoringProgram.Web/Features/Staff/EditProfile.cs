using FluentValidation;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Shared;
using MentoringProgram.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Staff;

public static class EditProfile
{
    /// <summary>What the profile form posts: never the entity, so nothing else can be mass-assigned. Hire date,
    /// department and supervisor are not here: they come from the roster or the coordinator (eligibility and
    /// matching depend on them), and staff ask for a correction instead (RequestProfileCorrection).</summary>
    public sealed class Command
    {
        public string FullName { get; set; } = "";
        public string? JobTitle { get; set; }
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

        /// <summary>The fields staff see read-only, each with a way to ask for a correction.</summary>
        public required IReadOnlyList<(ProfileField Field, string? Value)> Record { get; init; }

        public required IReadOnlyList<RequestProfileCorrection.MyRequest> Corrections { get; init; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.FullName).NotEmpty().WithMessage("Enter your name.")
                .MaximumLength(200).WithMessage("Keep your name under 200 characters.")
                .SingleLine();
            RuleFor(c => c.JobTitle).MaximumLength(200).WithMessage("Keep the job title under 200 characters.").SingleLine();
            RuleFor(c => c.Location).MaximumLength(200).WithMessage("Keep the location under 200 characters.").SingleLine();
            RuleFor(c => c.Phone).MaximumLength(50).WithMessage("Keep the phone number under 50 characters.").SingleLine();
            RuleFor(c => c.Bio).MaximumLength(2000).WithMessage("Keep your bio under 2,000 characters.").MultiLine();
            RuleFor(c => c.Expertise).MaximumLength(1000).WithMessage("Keep your areas of expertise under 1,000 characters.").MultiLine();
            RuleFor(c => c.AvailabilityNotes).MaximumLength(1000).WithMessage("Keep your availability notes under 1,000 characters.").MultiLine();
            RuleForEach(c => c.PreferredContact).IsInEnum().WithMessage("Choose contact methods from the list.");
        }
    }

    public sealed class Handler(AppDbContext db, CurrentStaff current, RequestProfileCorrection.Handler corrections)
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
                JobTitle = staff.JobTitle,
                Location = staff.Location,
                Phone = staff.Phone,
                PreferredContact = staff.PreferredContact.Split(),
                Bio = staff.Bio,
                Expertise = staff.Expertise,
                AvailabilityNotes = staff.AvailabilityNotes,
                ConcurrencyStamp = staff.ConcurrencyStamp,
            };
            return await ViewAsync(form, staff, cancellationToken);
        }

        public async Task<ViewModel> ViewAsync(Command form, StaffMember staff, CancellationToken cancellationToken) => new()
        {
            Form = form,
            WorkEmail = staff.WorkEmail,
            Record = ProfileFieldExtensions.All.Select(f => (f, f.CurrentValue(staff))).ToList(),
            Corrections = await corrections.MineAsync(staff.Id, cancellationToken),
        };

        /// <summary>Saves the profile; false when someone else saved it since the form was loaded.</summary>
        public async Task<bool> SaveAsync(StaffMember staff, Command command, CancellationToken cancellationToken)
        {
            db.Entry(staff).Property(s => s.ConcurrencyStamp).OriginalValue = command.ConcurrencyStamp;
            staff.FullName = command.FullName.Trim();
            staff.JobTitle = command.JobTitle.TrimToNull();
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
