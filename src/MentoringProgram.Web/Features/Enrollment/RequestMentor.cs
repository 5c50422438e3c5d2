using FluentValidation;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Enrollment;

public static class RequestMentor
{
    public sealed class Command : IConfirmations
    {
        public List<int> TopicIds { get; set; } = [];
        public string Goals { get; set; } = "";
        public string? Strengths { get; set; }
        public string? Weaknesses { get; set; }
        public string? Opportunities { get; set; }
        public string? Threats { get; set; }
        public List<ContactMethods> PreferredContact { get; set; } = [];
        public bool PreferMentorOutsideDepartment { get; set; }
        public string? Avoid { get; set; }
        public string? Availability { get; set; }
        public bool ReadExpectations { get; set; }
        public bool InformedSupervisor { get; set; }
        public Guid ConcurrencyStamp { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.TopicIds).NotEmpty().WithMessage("Choose at least one topic you want help with.");
            RuleFor(c => c.Goals).NotEmpty().WithMessage("Tell us what you hope to get from mentoring.")
                .MinimumLength(10).WithMessage("Say a little more about your goals (at least a sentence).")
                .MaximumLength(4000).WithMessage("Keep your goals under 4,000 characters.")
                .MultiLine();
            RuleFor(c => c.Strengths).MaximumLength(2000).WithMessage("Keep this under 2,000 characters.").MultiLine();
            RuleFor(c => c.Weaknesses).MaximumLength(2000).WithMessage("Keep this under 2,000 characters.").MultiLine();
            RuleFor(c => c.Opportunities).MaximumLength(2000).WithMessage("Keep this under 2,000 characters.").MultiLine();
            RuleFor(c => c.Threats).MaximumLength(2000).WithMessage("Keep this under 2,000 characters.").MultiLine();
            RuleFor(c => c.PreferredContact).NotEmpty().WithMessage("Choose at least one way to meet and be contacted.");
            RuleForEach(c => c.PreferredContact).IsInEnum().WithMessage("Choose from the listed ways to meet.");
            RuleFor(c => c.Avoid).MaximumLength(1000).WithMessage("Keep this under 1,000 characters.").MultiLine();
            RuleFor(c => c.Availability).MaximumLength(1000).WithMessage("Keep this under 1,000 characters.").MultiLine();
            Include(new ConfirmationsValidator());
        }
    }

    public enum Outcome
    {
        Saved,
        Resubmitted,
        Submitted,
        NotFound,
        Closed,
        Matched,
        Conflict,
    }

    public sealed record FormView(EnrollmentContext Context, Command Form, MenteeRequest? Existing, ProgramCycle? Cycle, string? ClosedMessage)
    {
        public bool IsEdit => Existing is { IsOpen: true };
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock, EnrollmentNotices notices)
    {
        public async Task<FormView?> LoadAsync(int programId, StaffMember staff, Command? posted, CancellationToken cancellationToken)
        {
            if (await EnrollmentContext.LoadAsync(db, programId, clock, cancellationToken) is not { } context)
            {
                return null;
            }
            var (cycle, existing) = await ResolveAsync(context, staff, cancellationToken);
            // Asking again after withdrawing starts from what the person wrote before, not from an empty form.
            var form = posted ?? (existing is not null ? ToForm(existing) : new Command { PreferredContact = staff.PreferredContact.Split() });
            return new FormView(context, form, existing, cycle, cycle is null ? context.ClosedMessage : null);
        }

        public async Task<Outcome> SubmitAsync(int programId, StaffMember staff, Command command, CancellationToken cancellationToken)
        {
            if (await EnrollmentContext.LoadAsync(db, programId, clock, cancellationToken) is not { } context)
            {
                return Outcome.NotFound;
            }
            var (cycle, request) = await ResolveAsync(context, staff, cancellationToken);
            if (cycle is null)
            {
                return Outcome.Closed;
            }
            if (request is { Status: RequestStatus.Matched })
            {
                return Outcome.Matched;
            }
            // Only the program's own topics count, whatever was posted.
            var topics = command.TopicIds.Where(context.TopicIds.Contains).ToList();
            var isNew = request is null;
            // A new request, or asking again after withdrawing: an enrollment event with its own mail. Resolve only
            // returns a withdrawn request for the open cycle, so both happen inside the enrollment window.
            var submitting = request is null or { Status: RequestStatus.Withdrawn };
            if (request is null)
            {
                request = new MenteeRequest(cycle.Id, staff.Id);
                db.MenteeRequests.Add(request);
            }
            else if (!submitting)
            {
                db.Entry(request).Property(r => r.ConcurrencyStamp).OriginalValue = command.ConcurrencyStamp;
            }
            Apply(request, command, topics);
            if (submitting)
            {
                request.Submit(clock.GetUtcNow());
                // Keyed by cycle, person and submission time, so the mail needs no generated id and commits in
                // the same SaveChanges as the request.
                await notices.RequestSubmittedAsync(staff, context.Program, cycle, request, cancellationToken);
            }
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return isNew ? Outcome.Submitted : submitting ? Outcome.Resubmitted : Outcome.Saved;
            }
            catch (DbUpdateConcurrencyException)
            {
                return Outcome.Conflict;
            }
            catch (DbUpdateException) when (isNew)
            {
                // Two tabs submitting at once: the unique (cycle, person) index kept one request.
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
            return await db.MenteeRequests.AnyAsync(r => r.CycleId == cycleId && r.StaffMemberId == staffId, cancellationToken);
        }

        private async Task<(ProgramCycle? Cycle, MenteeRequest? Request)> ResolveAsync(EnrollmentContext context, StaffMember staff, CancellationToken cancellationToken)
        {
            var cycleIds = context.LiveCycleIds;
            var requests = await db.MenteeRequests.Include(r => r.Topics)
                .Where(r => r.StaffMemberId == staff.Id && cycleIds.Contains(r.CycleId))
                .ToListAsync(cancellationToken);
            return context.Resolve(requests, r => r.CycleId, r => r.Status == RequestStatus.Withdrawn, r => r.SubmittedAt);
        }

        private static void Apply(MenteeRequest request, Command command, IEnumerable<int> topics)
        {
            request.SetTopics(topics);
            request.Goals = command.Goals.Trim();
            request.Strengths = command.Strengths.TrimToNull();
            request.Weaknesses = command.Weaknesses.TrimToNull();
            request.Opportunities = command.Opportunities.TrimToNull();
            request.Threats = command.Threats.TrimToNull();
            request.PreferredContact = ContactMethodsExtensions.Combine(command.PreferredContact);
            request.PreferMentorOutsideDepartment = command.PreferMentorOutsideDepartment;
            request.Avoid = command.Avoid.TrimToNull();
            request.Availability = command.Availability.TrimToNull();
            request.ReadExpectations = command.ReadExpectations;
            request.InformedSupervisor = command.InformedSupervisor;
        }

        private static Command ToForm(MenteeRequest r) => new()
        {
            TopicIds = r.Topics.Select(t => t.TopicId).ToList(),
            Goals = r.Goals,
            Strengths = r.Strengths,
            Weaknesses = r.Weaknesses,
            Opportunities = r.Opportunities,
            Threats = r.Threats,
            PreferredContact = r.PreferredContact.Split(),
            PreferMentorOutsideDepartment = r.PreferMentorOutsideDepartment,
            Avoid = r.Avoid,
            Availability = r.Availability,
            ReadExpectations = r.ReadExpectations,
            InformedSupervisor = r.InformedSupervisor,
            ConcurrencyStamp = r.ConcurrencyStamp,
        };
    }
}
