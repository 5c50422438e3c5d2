using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Pairings;

/// <summary>
/// The coordinator's progress board for one cycle: each active pairing with when it started, how many meetings were
/// held and when last, where it stands against the program's cadence, and its flags (an end request, an early-check
/// "No"). Dates and counts only: the query never reads a private note. One statement whatever the number of pairings and meetings.
/// </summary>
public static class ProgressBoard
{
    public sealed record Row(int MatchId, string MenteeName, string MentorName, DateOnly StartsOn, DateOnly? LastMet, CadenceStanding Cadence)
    {
        /// <summary>An open request to end the pairing, an early-check "No" (not who said it): <see cref="PairingFlags"/>.</summary>
        public IReadOnlyList<string> Flags { get; init; } = [];
    }

    public sealed record Result(int ProgramId, string ProgramName, int CycleId, string CycleName, string CadenceDescription, DateOnly Today, IReadOnlyList<Row> Rows)
    {
        public int Behind => Rows.Count(r => r.Cadence.Status == CadenceStatus.Behind);

        public int DueSoon => Rows.Count(r => r.Cadence.DueSoon);

        public int Flagged => Rows.Count(r => r.Flags.Count > 0);
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public async Task<Result?> HandleAsync(int programId, int cycleId, CancellationToken cancellationToken)
        {
            var head = await db.ProgramCycles.AsNoTracking().Where(c => c.Id == cycleId && c.ProgramId == programId)
                .Select(c => new
                {
                    ProgramName = c.Program!.Name, c.Name, c.Program.TimeZoneId, c.Program.Cadence,
                    Pairings = db.Pairings.Where(p => p.CycleId == c.Id && p.Status == PairingStatus.Active)
                        .OrderBy(p => p.Mentee!.FullName).ThenBy(p => p.Id)
                        .Select(p => new
                        {
                            p.Id, Mentee = p.Mentee!.FullName, Mentor = p.Mentor!.FullName, p.StartsOn, p.EndsOn,
                            Held = db.Meetings.Where(m => m.PairingId == p.Id).Select(m => m.HeldOn).ToList(),
                            EndRequested = db.PairingEndRequests.Any(r => r.PairingId == p.Id && r.Status == EndRequestStatus.Open),
                            EarlyCheckNo = db.EarlyCheckAnswers.Any(a => a.PairingId == p.Id && a.Reply == EarlyCheckReply.No),
                        }).ToList(),
                })
                .SingleOrDefaultAsync(cancellationToken);
            if (head is null)
            {
                return null;
            }
            var today = clock.TodayIn(TimeZones.FindOrUtc(head.TimeZoneId));
            var rows = head.Pairings.Select(p => new Row(p.Id, p.Mentee, p.Mentor, p.StartsOn, p.Held.Count == 0 ? null : p.Held.Max(),
                CadenceStanding.Of(head.Cadence, p.StartsOn, p.EndsOn, p.Held, today)) { Flags = PairingFlags.Of(p.EarlyCheckNo, p.EndRequested) }).ToList();
            return new Result(programId, head.ProgramName, cycleId, head.Name, head.Cadence.Describe(), today, rows);
        }
    }
}
