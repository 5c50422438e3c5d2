using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Programs;

public static class ListPrograms
{
    public sealed record Row(int Id, string Name, ProgramStatus Status, string? CycleName, EnrollmentState Enrollment, DateOnly? Deadline, DateOnly? Opens, int Requests, int Volunteers);

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public async Task<IReadOnlyList<Row>> HandleAsync(CancellationToken cancellationToken)
        {
            var programs = await db.Programs.AsNoTracking().Include(p => p.Cycles).OrderBy(p => p.Status).ThenBy(p => p.Name).ToListAsync(cancellationToken);
            var requestCounts = await db.MenteeRequests.AsNoTracking().Where(r => r.Status != RequestStatus.Withdrawn)
                .GroupBy(r => r.CycleId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
            var volunteerCounts = await db.MentorVolunteers.AsNoTracking().Where(v => v.Status != VolunteerStatus.Withdrawn)
                .GroupBy(v => v.CycleId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
            return programs.Select(p =>
            {
                var today = p.Today(clock);
                var cycle = p.CurrentOrNextCycle(today) ?? p.Cycles.OrderByDescending(c => c.EnrollmentOpens).FirstOrDefault();
                return new Row(p.Id, p.Name, p.Status, cycle?.Name, cycle?.Enrollment.StateOn(today) ?? EnrollmentState.Closed,
                    cycle?.EnrollmentDeadline, cycle?.EnrollmentOpens,
                    cycle is null ? 0 : requestCounts.GetValueOrDefault(cycle.Id), cycle is null ? 0 : volunteerCounts.GetValueOrDefault(cycle.Id));
            }).ToList();
        }
    }
}
