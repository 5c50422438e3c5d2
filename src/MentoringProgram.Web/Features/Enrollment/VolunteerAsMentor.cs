using FluentValidation;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Enrollment;

public static class VolunteerAsMentor
{
    public sealed class Command : IConfirmations
    {
        public List<int> TopicIds { get; set; } = [];
        public string Expertise { get; set; } = "";
        public int Capacity { get; set; } = 1;
        public List<ContactMethods> PreferredContact { get; set; } = [];
        public string? Statement { get; set; }
        public bool ReadExpectations { get; set; }
        public bool InformedSupervisor { get; set; }
        public Guid ConcurrencyStamp { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.TopicIds).NotEmpty().WithMessage("Choose at least one topic you could help with.");
            RuleFor(c => c.Expertise).NotEmpty().WithMessage("Describe your areas of expertise.")
                .MaximumLength(1000).WithMessage("Keep your expertise under 1,000 characters.")
                .MultiLine();
            RuleFor(c => c.Capacity).InclusiveBetween(1, 10).WithMessage("You can take 1 to 10 mentees this term.");
            RuleFor(c => c.PreferredContact).NotEmpty().WithMessage("Choose at least one way to meet and be contacted.");
            RuleForEach(c => c.PreferredContact).IsInEnum().WithMessage("Choose from the listed ways to meet.");
            RuleFor(c => c.Statement).MaximumLength(2000).WithMessage("Keep your statement under 2,000 characters.").MultiLine();
            Include(new ConfirmationsValidator());
        }
    }

    public sealed record FormView(EnrollmentContext Context, Command Form, MentorVolunteer? Existing, ProgramCycle? Cycle, string? ClosedMessage, MentorEligibility Eligibility)
    {
        public bool IsEdit => Existing is { IsWithdrawn: false };
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock, EnrollmentEntries.Handler entries, EnrollmentNotices notices)
    {
        public async Task<FormView?> LoadAsync(int programId, StaffMember staff, Command? posted, CancellationToken cancellationToken)
        {
            if (await EnrollmentContext.LoadAsync(db, programId, clock, cancellationToken) is not { } context)
            {
                return null;
            }
            var eligibility = Tenure.Evaluate(staff.HireDate, context.Program.MinimumMentorTenureMonths, context.Today);
            var (cycle, existing) = await entries.FindAsync<MentorVolunteer>(context, staff, cancellationToken);
            // Volunteering again after withdrawing starts from the earlier offer, not from an empty form.
            var form = posted ?? (existing is not null
                ? ToForm(existing)
                : new Command
                {
                    Capacity = context.Program.DefaultMentorCapacity,
                    Expertise = staff.Expertise ?? "",
                    PreferredContact = staff.PreferredContact.Split(),
                });
            return new FormView(context, form, existing, cycle, cycle is null ? context.ClosedMessage : null, eligibility);
        }

        public async Task<EnrollmentOutcome> SubmitAsync(int programId, StaffMember staff, Command command, CancellationToken cancellationToken)
        {
            if (await EnrollmentContext.LoadAsync(db, programId, clock, cancellationToken) is not { } context)
            {
                return EnrollmentOutcome.NotFound;
            }
            // Checked again here, whatever the form showed: a forged post from someone too new is refused.
            if (!Tenure.Evaluate(staff.HireDate, context.Program.MinimumMentorTenureMonths, context.Today).IsEligible)
            {
                return EnrollmentOutcome.NotEligible;
            }
            return await entries.SubmitAsync(context, staff, command.ConcurrencyStamp,
                cycle => new MentorVolunteer(cycle.Id, staff.Id),
                offer => Apply(offer, command, command.TopicIds.Where(context.TopicIds.Contains)),
                (cycle, offer) => notices.VolunteerSubmittedAsync(staff, context.Program, cycle, offer, cancellationToken),
                cancellationToken);
        }

        private static void Apply(MentorVolunteer offer, Command command, IEnumerable<int> topics)
        {
            offer.SetTopics(topics);
            offer.Expertise = command.Expertise.Trim();
            offer.Capacity = command.Capacity;
            offer.PreferredContact = ContactMethodsExtensions.Combine(command.PreferredContact);
            offer.Statement = command.Statement.TrimToNull();
            offer.ReadExpectations = command.ReadExpectations;
            offer.InformedSupervisor = command.InformedSupervisor;
        }

        private static Command ToForm(MentorVolunteer v) => new()
        {
            TopicIds = v.Topics.Select(t => t.TopicId).ToList(),
            Expertise = v.Expertise ?? "",
            Capacity = v.Capacity,
            PreferredContact = v.PreferredContact.Split(),
            Statement = v.Statement,
            ReadExpectations = v.ReadExpectations,
            InformedSupervisor = v.InformedSupervisor,
            ConcurrencyStamp = v.ConcurrencyStamp,
        };
    }
}
