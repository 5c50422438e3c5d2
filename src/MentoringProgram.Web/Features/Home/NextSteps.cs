using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Staff;
using MentoringProgram.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Home;

/// <summary>What the signed-in person should do next, per open program: the home page's content.</summary>
public sealed record NextStepsModel(string Name, bool IsCoordinator, bool ProfileIncomplete, IReadOnlyList<ProgramStep> Programs, CoordinatorQueue? Queue)
{
    /// <summary>Staff records waiting for the coordinator to approve or decline a correction (coordinators only).</summary>
    public DecideProfileCorrection.Pending? Corrections { get; init; }

    /// <summary>Why the person cannot mentor in any program, when the reason is the same for all of them (no hire
    /// date on record): said once on the page rather than on every program card.</summary>
    public string? EligibilityNotice => Programs.Select(p => p.MentorEligibility).FirstOrDefault(e => e.HireDateUnknown)?.Reason;
}

/// <summary>What is waiting for the coordinator, at a glance.</summary>
public sealed record CoordinatorQueue(int RequestsWaiting, int VolunteersToReview, int FailedMail, int StaffWithoutAccount);

public sealed record ProgramStep(
    int ProgramId,
    string ProgramName,
    string? CycleName,
    EnrollmentState Enrollment,
    DateOnly? Opens,
    DateOnly? Deadline,
    MentorEligibility MentorEligibility);

public sealed class NextStepsHandler(AppDbContext db, CurrentStaff current, TimeProvider clock, DecideProfileCorrection.Handler corrections)
{
    public async Task<NextStepsModel> HandleAsync(CancellationToken cancellationToken)
    {
        var staff = await current.FindAsync(cancellationToken);
        var programs = await db.Programs.AsNoTracking()
            .Where(p => p.Status == ProgramStatus.Active)
            .Include(p => p.Cycles)
            .OrderBy(p => p.Name)
            .ToListAsync(cancellationToken);
        var steps = programs.Select(p =>
        {
            var today = p.Today(clock);
            var cycle = p.CurrentOrNextCycle(today);
            return new ProgramStep(p.Id, p.Name, cycle?.Name,
                cycle?.Enrollment.StateOn(today) ?? EnrollmentState.Closed,
                cycle?.EnrollmentOpens, cycle?.EnrollmentDeadline,
                Tenure.Evaluate(staff?.HireDate, p.MinimumMentorTenureMonths, today));
        }).ToList();
        var incomplete = staff is null || staff.HireDate is null || staff.DepartmentId is null || string.IsNullOrWhiteSpace(staff.SupervisorEmail);
        CoordinatorQueue? queue = null;
        DecideProfileCorrection.Pending? pending = null;
        if (current.IsCoordinator)
        {
            pending = await corrections.ListPendingAsync(cancellationToken);
            queue = new CoordinatorQueue(
                await db.MenteeRequests.CountAsync(r => r.Status == RequestStatus.Submitted, cancellationToken),
                await db.MentorVolunteers.CountAsync(v => v.Status == VolunteerStatus.Submitted, cancellationToken),
                await db.OutboxMessages.CountAsync(m => m.Status == Email.OutboxStatus.Failed, cancellationToken),
                await db.StaffMembers.CountAsync(s => s.UserId == null, cancellationToken));
        }
        return new NextStepsModel(staff?.FullName ?? "", current.IsCoordinator, incomplete, steps, queue) { Corrections = pending };
    }
}
