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
        public List<int> AvoidStaffIds { get; set; } = [];
        public string? Availability { get; set; }
        public bool ReadExpectations { get; set; }
        public bool InformedSupervisor { get; set; }
        public Guid ConcurrencyStamp { get; set; }
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public const int MaxAvoided = 10;

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
            RuleFor(c => c.AvoidStaffIds).Must(ids => ids.Count <= MaxAvoided).WithMessage($"Choose at most {MaxAvoided} people.");
            RuleFor(c => c.Avoid).MaximumLength(1000).WithMessage("Keep this under 1,000 characters.").MultiLine();
            RuleFor(c => c.Availability).MaximumLength(1000).WithMessage("Keep this under 1,000 characters.").MultiLine();
            Include(new ConfirmationsValidator());
        }
    }

    /// <summary>Someone the mentee may name as a person they would rather not be matched with.</summary>
    public sealed record StaffChoice(int Id, string Name, string? Department);

    public sealed record FormView(EnrollmentContext Context, Command Form, MenteeRequest? Existing, ProgramCycle? Cycle, string? ClosedMessage,
        IReadOnlyList<StaffChoice> Staff)
    {
        public bool IsEdit => Existing is { IsOpen: true };
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock, EnrollmentEntries.Handler entries, EnrollmentNotices notices)
    {
        public async Task<FormView?> LoadAsync(int programId, StaffMember staff, Command? posted, CancellationToken cancellationToken)
        {
            if (await EnrollmentContext.LoadAsync(db, programId, clock, cancellationToken) is not { } context)
            {
                return null;
            }
            var (cycle, existing) = await entries.FindAsync<MenteeRequest>(context, staff, cancellationToken);
            // Asking again after withdrawing starts from what the person wrote before, not from an empty form.
            var form = posted ?? (existing is not null ? ToForm(existing) : new Command { PreferredContact = staff.PreferredContact.Split() });
            var people = await db.StaffMembers.AsNoTracking().Where(s => s.IsActive && s.Id != staff.Id).OrderBy(s => s.FullName).ThenBy(s => s.Id)
                .Select(s => new StaffChoice(s.Id, s.FullName, s.Department != null ? s.Department.Name : null)).ToListAsync(cancellationToken);
            return new FormView(context, form, existing, cycle, cycle is null ? context.ClosedMessage : null, people);
        }

        public async Task<EnrollmentOutcome> SubmitAsync(int programId, StaffMember staff, Command command, CancellationToken cancellationToken)
        {
            if (await EnrollmentContext.LoadAsync(db, programId, clock, cancellationToken) is not { } context)
            {
                return EnrollmentOutcome.NotFound;
            }
            // Only active staff other than oneself can be named, whatever was posted.
            var named = command.AvoidStaffIds.Distinct().Take(Validator.MaxAvoided).ToList();
            var avoid = await db.StaffMembers.Where(s => named.Contains(s.Id) && s.IsActive && s.Id != staff.Id).Select(s => s.Id).ToListAsync(cancellationToken);
            return await entries.SubmitAsync(context, staff, command.ConcurrencyStamp,
                cycle => new MenteeRequest(cycle.Id, staff.Id),
                // Only the program's own topics count, whatever was posted.
                request => Apply(request, command, command.TopicIds.Where(context.TopicIds.Contains), avoid),
                (cycle, request) => notices.RequestSubmittedAsync(staff, context.Program, cycle, request, cancellationToken),
                cancellationToken);
        }

        private static void Apply(MenteeRequest request, Command command, IEnumerable<int> topics, IEnumerable<int> avoid)
        {
            request.SetTopics(topics);
            request.SetAvoidStaff(avoid);
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
            AvoidStaffIds = r.AvoidStaff.Select(a => a.StaffMemberId).ToList(),
            Availability = r.Availability,
            ReadExpectations = r.ReadExpectations,
            InformedSupervisor = r.InformedSupervisor,
            ConcurrencyStamp = r.ConcurrencyStamp,
        };
    }
}
