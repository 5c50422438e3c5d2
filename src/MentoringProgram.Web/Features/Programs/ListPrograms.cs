using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Programs;

public static class ListPrograms
{
    public sealed record Row(int Id, string Name, ProgramStatus Status, string? CycleName, EnrollmentState Enrollment, DateOnly? Deadline, DateOnly? Opens, int Requests, int Volunteers);

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        /// <summary>One statement: each program with its cycles, and each cycle's live requests and offers counted in place.</summary>
        public async Task<IReadOnlyList<Row>> HandleAsync(CancellationToken cancellationToken)
        {
            var programs = await db.Programs.AsNoTracking().OrderBy(p => p.Status).ThenBy(p => p.Name).ThenBy(p => p.Id)
                .Select(p => new
                {
                    p.Id, p.Name, p.Status, p.TimeZoneId,
                    Cycles = p.Cycles.Select(c => new CycleCounts(c.Name, c.EnrollmentOpens, c.EnrollmentDeadline,
                        db.MenteeRequests.Count(r => r.CycleId == c.Id && r.Status != RequestStatus.Withdrawn),
                        db.MentorVolunteers.Count(v => v.CycleId == c.Id && v.Status != VolunteerStatus.Withdrawn))).ToList(),
                })
                .ToListAsync(cancellationToken);
            return programs.Select(p =>
            {
                var today = clock.TodayIn(TimeZones.FindOrUtc(p.TimeZoneId));
                var cycle = EnrollmentCycles.OpenOrNextOf(p.Cycles, c => c.Window, today) ?? p.Cycles.OrderByDescending(c => c.Opens).FirstOrDefault();
                return new Row(p.Id, p.Name, p.Status, cycle?.Name, cycle?.Window.StateOn(today) ?? EnrollmentState.Closed,
                    cycle?.Deadline, cycle?.Opens, cycle?.Requests ?? 0, cycle?.Volunteers ?? 0);
            }).ToList();
        }

        private sealed record CycleCounts(string Name, DateOnly Opens, DateOnly Deadline, int Requests, int Volunteers)
        {
            public EnrollmentWindow Window => new(Opens, Deadline);
        }
    }
}
