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

    public enum Outcome
    {
        Submitted,
        Saved,
        NotFound,
        Closed,
        NotEligible,
        Conflict,
    }

    public sealed record FormView(EnrollmentContext Context, Command Form, MentorVolunteer? Existing, ProgramCycle? Cycle, string? ClosedMessage, MentorEligibility Eligibility)
    {
        public bool IsEdit => Existing is not null && Existing.Status != VolunteerStatus.Withdrawn;
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock, EnrollmentNotices notices)
    {
        public async Task<FormView?> LoadAsync(int programId, StaffMember staff, Command? posted, CancellationToken cancellationToken)
        {
            if (await EnrollmentContext.LoadAsync(db, programId, clock, cancellationToken) is not { } context)
            {
                return null;
            }
            var eligibility = Tenure.Evaluate(staff.HireDate, context.Program.MinimumMentorTenureMonths, context.Today);
            var (cycle, existing) = await ResolveAsync(context, staff, cancellationToken);
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

        public async Task<Outcome> SubmitAsync(int programId, StaffMember staff, Command command, CancellationToken cancellationToken)
        {
            if (await EnrollmentContext.LoadAsync(db, programId, clock, cancellationToken) is not { } context)
            {
                return Outcome.NotFound;
            }
            // Checked again here, whatever the form showed: a forged post from someone too new is refused.
            if (!Tenure.Evaluate(staff.HireDate, context.Program.MinimumMentorTenureMonths, context.Today).IsEligible)
            {
                return Outcome.NotEligible;
            }
            var (cycle, offer) = await ResolveAsync(context, staff, cancellationToken);
            if (cycle is null)
            {
                return Outcome.Closed;
            }
            // Resolve only returns a withdrawn offer for the open cycle, so a new offer is always inside the window.
            var isNewEvent = offer is null || offer.Status == VolunteerStatus.Withdrawn;
            if (offer is null)
            {
                offer = new MentorVolunteer(cycle.Id, staff.Id);
                db.MentorVolunteers.Add(offer);
            }
            else if (!isNewEvent)
            {
                db.Entry(offer).Property(v => v.ConcurrencyStamp).OriginalValue = command.ConcurrencyStamp;
            }
            offer.SetTopics(command.TopicIds.Where(context.TopicIds.Contains));
            offer.Expertise = command.Expertise.Trim();
            offer.Capacity = command.Capacity;
            offer.PreferredContact = ContactMethodsExtensions.Combine(command.PreferredContact);
            offer.Statement = command.Statement.TrimToNull();
            offer.ReadExpectations = command.ReadExpectations;
            offer.InformedSupervisor = command.InformedSupervisor;
            if (isNewEvent)
            {
                offer.Submit(clock.GetUtcNow());
                await notices.VolunteerSubmittedAsync(staff, context.Program, cycle, offer, cancellationToken);
            }
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return isNewEvent ? Outcome.Submitted : Outcome.Saved;
            }
            catch (DbUpdateConcurrencyException)
            {
                return Outcome.Conflict;
            }
            catch (DbUpdateException) when (isNewEvent)
            {
                // Two tabs volunteering at once: the unique (cycle, person) index kept one offer.
                if (await SubmittedElsewhereAsync(cycle.Id, staff.Id, cancellationToken))
                {
                    return Outcome.Conflict;
                }
                throw;
            }
        }

        private async Task<bool> SubmittedElsewhereAsync(int cycleId, int staffId, CancellationToken cancellationToken)
        {
            db.ChangeTracker.Clear();
            return await db.MentorVolunteers.AnyAsync(v => v.CycleId == cycleId && v.StaffMemberId == staffId, cancellationToken);
        }

        private async Task<(ProgramCycle? Cycle, MentorVolunteer? Offer)> ResolveAsync(EnrollmentContext context, StaffMember staff, CancellationToken cancellationToken)
        {
            var cycleIds = context.LiveCycleIds;
            var offers = await db.MentorVolunteers.Include(v => v.Topics)
                .Where(v => v.StaffMemberId == staff.Id && cycleIds.Contains(v.CycleId))
                .ToListAsync(cancellationToken);
            return context.Resolve(offers, v => v.CycleId, v => v.Status == VolunteerStatus.Withdrawn, v => v.SubmittedAt);
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
