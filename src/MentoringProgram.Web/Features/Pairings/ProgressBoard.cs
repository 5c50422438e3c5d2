using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Pairings;

/// <summary>
/// The coordinator's progress board for one cycle: each active pairing with when it started, how many meetings were
/// held and when last (scheduled, missed and cancelled ones do not count), where it stands against the program's cadence,
/// the day of its next scheduled meeting, whether its agreement is confirmed, its checklist's progress, the members'
/// continuation answers, the mentee's latest check-in answer and its flags (an end request, an early-check "No", a check-in "get in touch"). Dates, counts and yes/no only: the query
/// never reads a private note, the agreement's text or a meeting's place. One statement whatever the number of pairings.
/// </summary>
public static class ProgressBoard
{
    public sealed record Row(int MatchId, string MenteeName, string MentorName, DateOnly StartsOn, DateOnly? LastMet, CadenceStanding Cadence)
    {
        /// <summary>The day of the next meeting the pair scheduled, if any: a date only, never its place.</summary>
        public DateOnly? NextMeeting { get; init; }
        /// <summary>An open request to end the pairing, an early-check "No" (not who said it): <see cref="PairingFlags"/>.</summary>
        public IReadOnlyList<string> Flags { get; init; } = [];

        public bool AgreementConfirmed { get; init; }

        /// <summary>Checklist items ticked and in all (0 of 0 when the program has no checklist).</summary>
        public (int Done, int Of) Checklist { get; init; }

        public ContinuationChoice? MenteeContinuation { get; init; }

        public ContinuationChoice? MentorContinuation { get; init; }

        /// <summary>The mentee's latest check-in answer and the day it came (docs/adr/0017): addressed to the coordinator.</summary>
        public (CheckInReply Reply, DateOnly On)? LastCheckIn { get; init; }
    }

    public sealed record Result(int ProgramId, string ProgramName, int CycleId, string CycleName, string CadenceDescription, DateOnly Today, IReadOnlyList<Row> Rows)
    {
        /// <summary>The program pays for pairs' lunches, so there are totals to export for finance.</summary>
        public bool HasLunchAllowance { get; init; }

        public int Behind => Rows.Count(r => r.Cadence.Status == CadenceStatus.Behind);

        public int DueSoon => Rows.Count(r => r.Cadence.DueSoon);

        public int Flagged => Rows.Count(r => r.Flags.Count > 0);
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public async Task<Result?> HandleAsync(int programId, int cycleId, CancellationToken cancellationToken)
        {
            var now = clock.GetUtcNow();
            var head = await db.ProgramCycles.AsNoTracking().Where(c => c.Id == cycleId && c.ProgramId == programId)
                .Select(c => new
                {
                    ProgramName = c.Program!.Name, c.Name, c.Program.TimeZoneId, c.Program.Cadence, c.Program.ChecklistTemplate, c.Program.LunchAllowance,
                    Pairings = db.Pairings.Where(p => p.CycleId == c.Id && p.Status == PairingStatus.Active)
                        .OrderBy(p => p.Mentee!.FullName).ThenBy(p => p.Id)
                        .Select(p => new
                        {
                            p.Id, Mentee = p.Mentee!.FullName, Mentor = p.Mentor!.FullName, p.StartsOn, p.EndsOn,
                            Held = db.Meetings.Where(m => m.PairingId == p.Id).Where(Meeting.Held).Select(m => m.HeldOn).ToList(),
                            Next = db.Meetings.Where(m => m.PairingId == p.Id && m.Status == MeetingStatus.Scheduled && m.StartsAt > now)
                                .OrderBy(m => m.HeldOn).Select(m => (DateOnly?)m.HeldOn).FirstOrDefault(),
                            EndRequested = db.PairingEndRequests.Any(r => r.PairingId == p.Id && r.Status == EndRequestStatus.Open),
                            EarlyCheckNo = db.EarlyCheckAnswers.Any(a => a.PairingId == p.Id && a.Reply == EarlyCheckReply.No),
                            Agreed = db.PairingAgreements.Any(a => a.PairingId == p.Id && a.MenteeAcceptedAt != null && a.MentorAcceptedAt != null),
                            Ticked = db.ChecklistTicks.Count(t => t.PairingId == p.Id),
                            p.MenteeContinuation, p.MentorContinuation,
                            // Two scalar subqueries: SQLite has no APPLY for a row of several columns.
                            CheckInReply = db.CheckInAnswers.Where(a => a.PairingId == p.Id).OrderByDescending(a => a.Period).Select(a => (CheckInReply?)a.Reply).FirstOrDefault(),
                            CheckInAt = db.CheckInAnswers.Where(a => a.PairingId == p.Id).OrderByDescending(a => a.Period).Select(a => (DateTimeOffset?)a.AnsweredAt).FirstOrDefault(),
                        }).ToList(),
                })
                .SingleOrDefaultAsync(cancellationToken);
            if (head is null)
            {
                return null;
            }
            var zone = TimeZones.FindOrUtc(head.TimeZoneId);
            var today = clock.TodayIn(zone);
            var checklist = Domain.Checklist.Items(head.ChecklistTemplate);
            var rows = head.Pairings.Select(p => new Row(p.Id, p.Mentee, p.Mentor, p.StartsOn, p.Held.Count == 0 ? null : p.Held.Max(),
                CadenceStanding.Of(head.Cadence, p.StartsOn, p.EndsOn, p.Held, today))
            {
                NextMeeting = p.Next, Flags = PairingFlags.Of(p.EarlyCheckNo, p.EndRequested, p.CheckInReply == CheckInReply.GetInTouch), AgreementConfirmed = p.Agreed,
                // Ticks of items since taken out of the template are counted but never beyond the list's length.
                Checklist = (Math.Min(p.Ticked, checklist.Count), checklist.Count),
                MenteeContinuation = p.MenteeContinuation, MentorContinuation = p.MentorContinuation,
                LastCheckIn = p.CheckInReply is { } reply && p.CheckInAt is { } at ? (reply, DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(at, zone).DateTime)) : null,
            }).ToList();
            return new Result(programId, head.ProgramName, cycleId, head.Name, head.Cadence.Describe(), today, rows) { HasLunchAllowance = head.LunchAllowance is not null };
        }
    }
}
