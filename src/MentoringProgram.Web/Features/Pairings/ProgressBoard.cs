using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Pairings;

/// <summary>
/// The coordinator's progress board for one cycle: each active pairing with when it started, how many meetings were
/// held and when last (scheduled, missed and cancelled ones do not count), where it stands against the program's cadence,
/// and the day of its next scheduled meeting. Dates and counts only: the query never
/// reads a private note. One statement whatever the number of pairings and meetings.
/// </summary>
public static class ProgressBoard
{
    public sealed record Row(int MatchId, string MenteeName, string MentorName, DateOnly StartsOn, DateOnly? LastMet, CadenceStanding Cadence)
    {
        /// <summary>The day of the next meeting the pair scheduled, if any: a date only, never its place.</summary>
        public DateOnly? NextMeeting { get; init; }
    }

    public sealed record Result(int ProgramId, string ProgramName, int CycleId, string CycleName, string CadenceDescription, DateOnly Today, IReadOnlyList<Row> Rows)
    {
        public int Behind => Rows.Count(r => r.Cadence.Status == CadenceStatus.Behind);

        public int DueSoon => Rows.Count(r => r.Cadence.DueSoon);
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public async Task<Result?> HandleAsync(int programId, int cycleId, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var head = await db.ProgramCycles.AsNoTracking().Where(c => c.Id == cycleId && c.ProgramId == programId)
                .Select(c => new
                {
                    ProgramName = c.Program!.Name, c.Name, c.Program.TimeZoneId, c.Program.Cadence,
                    Pairings = db.Pairings.Where(p => p.CycleId == c.Id && p.Status == PairingStatus.Active)
                        .OrderBy(p => p.Mentee!.FullName).ThenBy(p => p.Id)
                        .Select(p => new
                        {
                            p.Id, Mentee = p.Mentee!.FullName, Mentor = p.Mentor!.FullName, p.StartsOn, p.EndsOn,
                            Held = db.Meetings.Where(m => m.PairingId == p.Id && m.Status == MeetingStatus.Held).Select(m => m.HeldOn).ToList(),
                            Next = db.Meetings.Where(m => m.PairingId == p.Id && m.Status == MeetingStatus.Scheduled && m.StartsAt > now)
                                .OrderBy(m => m.HeldOn).Select(m => (DateOnly?)m.HeldOn).FirstOrDefault(),
                        }).ToList(),
                })
                .SingleOrDefaultAsync(cancellationToken);
            if (head is null)
            {
                return null;
            }
            var today = clock.TodayIn(TimeZones.FindOrUtc(head.TimeZoneId));
            var rows = head.Pairings.Select(p => new Row(p.Id, p.Mentee, p.Mentor, p.StartsOn, p.Held.Count == 0 ? null : p.Held.Max(),
                CadenceStanding.Of(head.Cadence, p.StartsOn, p.EndsOn, p.Held, today)) { NextMeeting = p.Next }).ToList();
            return new Result(programId, head.ProgramName, cycleId, head.Name, head.Cadence.Describe(), today, rows);
        }
    }
}
