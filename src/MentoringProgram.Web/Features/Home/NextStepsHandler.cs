using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Staff;
using MentoringProgram.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Home;

/// <summary>The home page: one statement for the person's profile facts, the open programs with their cycles and (for
/// the coordinator) the counts of what is waiting; a second for pending profile corrections (issue 12).</summary>
public sealed class NextStepsHandler(AppDbContext db, CurrentStaff current, TimeProvider clock, DecideProfileCorrection.Handler corrections)
{
    public async Task<NextStepsModel> HandleAsync(CancellationToken cancellationToken)
    {
        var userId = current.UserId;
        var coordinator = current.IsCoordinator;
        // The open programs' cycles as flat rows (every value nullable: a program without cycles, or no program at all,
        // still gives a row), with the person's profile facts and the coordinator's counts as one-off columns beside them.
        var cycles = db.Programs.Where(p => p.Status == ProgramStatus.Active)
            .SelectMany(p => p.Cycles.DefaultIfEmpty(), (p, c) => new
            {
                ProgramId = (int?)p.Id, ProgramName = (string?)p.Name, TimeZoneId = (string?)p.TimeZoneId, MinimumMonths = (int?)p.MinimumMentorTenureMonths,
                CycleName = c != null ? c.Name : null, Opens = c != null ? (DateOnly?)c.EnrollmentOpens : null, Deadline = c != null ? (DateOnly?)c.EnrollmentDeadline : null,
            });
        var rows = await db.OneRow()
            .SelectMany(_ => cycles.DefaultIfEmpty(), (_, c) => new
            {
                Cycle = c,
                // Field by field: one row of several columns from a subquery needs APPLY, which SQLite lacks.
                HasProfile = db.StaffMembers.Any(s => s.UserId == userId),
                FullName = db.StaffMembers.Where(s => s.UserId == userId).Select(s => s.FullName).FirstOrDefault(),
                HireDate = db.StaffMembers.Where(s => s.UserId == userId).Select(s => s.HireDate).FirstOrDefault(),
                DepartmentId = db.StaffMembers.Where(s => s.UserId == userId).Select(s => s.DepartmentId).FirstOrDefault(),
                SupervisorEmail = db.StaffMembers.Where(s => s.UserId == userId).Select(s => s.SupervisorEmail).FirstOrDefault(),
                RequestsWaiting = coordinator ? db.MenteeRequests.Count(r => r.Status == RequestStatus.Submitted) : 0,
                VolunteersToReview = coordinator ? db.MentorVolunteers.Count(v => v.Status == VolunteerStatus.Submitted) : 0,
                FailedMail = coordinator ? db.OutboxMessages.Count(m => m.Status == Email.OutboxStatus.Failed) : 0,
                StaffWithoutAccount = coordinator ? db.StaffMembers.Count(s => s.UserId == null) : 0,
            })
            .ToListAsync(cancellationToken);
        var home = rows[0];
        var steps = rows.Where(r => r.Cycle?.ProgramId is not null).GroupBy(r => r.Cycle!.ProgramId!.Value)
            .Select(g =>
            {
                var program = g.First().Cycle!;
                var today = clock.TodayIn(TimeZones.FindOrUtc(program.TimeZoneId!));
                var dates = g.Where(r => r.Cycle!.Opens is not null).Select(r => new CycleDates(r.Cycle!.CycleName!, r.Cycle.Opens!.Value, r.Cycle.Deadline!.Value)).ToList();
                var cycle = EnrollmentCycles.OpenOrNextOf(dates, c => c.Window, today);
                return new ProgramStep(g.Key, program.ProgramName!, cycle?.Name,
                    cycle?.Window.StateOn(today) ?? EnrollmentState.Closed,
                    cycle?.Opens, cycle?.Deadline,
                    Tenure.Evaluate(home.HireDate, program.MinimumMonths!.Value, today));
            })
            .OrderBy(p => p.ProgramName, StringComparer.Ordinal).ThenBy(p => p.ProgramId).ToList();
        var incomplete = !home.HasProfile || home.HireDate is null || home.DepartmentId is null || string.IsNullOrWhiteSpace(home.SupervisorEmail);
        CoordinatorQueue? queue = null;
        DecideProfileCorrection.Pending? pending = null;
        if (coordinator)
        {
            pending = await corrections.ListPendingAsync(cancellationToken);
            queue = new CoordinatorQueue(home.RequestsWaiting, home.VolunteersToReview, home.FailedMail, home.StaffWithoutAccount);
        }
        return new NextStepsModel(home.FullName ?? "", coordinator, incomplete, steps, queue) { Corrections = pending };
    }

    private sealed record CycleDates(string Name, DateOnly Opens, DateOnly Deadline)
    {
        public EnrollmentWindow Window => new(Opens, Deadline);
    }
}
