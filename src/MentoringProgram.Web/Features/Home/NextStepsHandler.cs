using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Staff;
using MentoringProgram.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Home;

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
