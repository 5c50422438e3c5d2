using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Pairings;

/// <summary>
/// The coordinator's page for one pairing of a cycle: names, dates, meetings held and last met, the cadence, whether the agreement is confirmed, how much of the checklist is ticked, a member's
/// request to end it (reason, words, who and when) and the flags. Dates and counts only: the query reads no private note,
/// no agreement text, no meeting topic, and of the early check only whether a member answered "No". The three route ids
/// are checked together: a pairing of another cycle, or a cycle of another program, is not found. One statement.
/// </summary>
public static class PairingReview
{
    public sealed record EndRequestView(string RequestedBy, bool ByMentee, EndRequestReason Reason, string? Message, DateTimeOffset RequestedAt, EndRequestStatus Status,
        DateTimeOffset? DecidedAt, string? CoordinatorWord);

    public sealed record Result(
        int ProgramId, string ProgramName, int CycleId, string CycleName, int PairingId, int RequestId, string MenteeName, string MentorName, PairingStatus Status,
        DateOnly StartsOn, DateOnly EndsOn, DateOnly? EndedOn, string? EndReason, DateOnly? LastMet, CadenceStanding Cadence, string CadenceDescription,
        EndRequestView? EndRequest, bool EarlyCheckNo, DateOnly Today, string TimeZoneId)
    {
        /// <summary>Whether both members have confirmed the agreement: never its text.</summary>
        public bool AgreementConfirmed { get; init; }

        /// <summary>Checklist items ticked and in all (0 of 0 when the program has no checklist), as on the progress board.</summary>
        public (int Done, int Of) Checklist { get; init; }

        public bool EndRequestOpen => EndRequest?.Status == EndRequestStatus.Open;

        public bool CanDissolve => Status == PairingStatus.Active;

        /// <summary>The mentee's latest check-in asked the coordinator to get in touch.</summary>
        public bool GetInTouch { get; init; }

        public IReadOnlyList<string> Flags => PairingFlags.Of(EarlyCheckNo, EndRequestOpen, GetInTouch);
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public async Task<Result?> LoadAsync(int programId, int cycleId, int pairingId, CancellationToken cancellationToken)
        {
            // One statement: the end request is at most one row, so joining it with the meetings multiplies nothing.
            var row = await db.Pairings.AsNoTracking().AsSingleQuery()
                .Where(p => p.Id == pairingId && p.CycleId == cycleId && p.Cycle!.ProgramId == programId).Where(PairingDetails.ThePairs)
                .Select(p => new
                {
                    ProgramName = p.Cycle!.Program!.Name, CycleName = p.Cycle.Name, p.Cycle.Program.TimeZoneId, p.Cycle.Program.Cadence,
                    p.MenteeRequestId, Mentee = p.Mentee!.FullName, Mentor = p.Mentor!.FullName, p.MenteeStaffId, p.Status, p.StartsOn, p.EndsOn, p.EndedOn, p.EndReason,
                    Held = db.Meetings.Where(m => m.PairingId == p.Id).Where(Meeting.Held).Select(m => m.HeldOn).ToList(),
                    EarlyCheckNo = db.EarlyCheckAnswers.Any(a => a.PairingId == p.Id && a.Reply == EarlyCheckReply.No),
                    LastCheckIn = db.CheckInAnswers.Where(a => a.PairingId == p.Id).OrderByDescending(a => a.Period).Select(a => (CheckInReply?)a.Reply).FirstOrDefault(),
                    Agreed = db.PairingAgreements.Any(a => a.PairingId == p.Id && a.MenteeAcceptedAt != null && a.MentorAcceptedAt != null),
                    Ticked = db.ChecklistTicks.Count(t => t.PairingId == p.Id), p.Cycle.Program.ChecklistTemplate,
                    EndRequest = db.PairingEndRequests.Where(r => r.PairingId == p.Id && r.Status != EndRequestStatus.None)
                        .Select(r => new
                        {
                            r.RequestedByStaffId, By = db.StaffMembers.Where(s => s.Id == r.RequestedByStaffId).Select(s => s.FullName).FirstOrDefault(),
                            r.Reason, r.Message, r.RequestedAt, r.Status, r.DecidedAt, r.CoordinatorWord,
                        }).ToList(),
                })
                .SingleOrDefaultAsync(cancellationToken);
            if (row is null)
            {
                return null;
            }
            var today = clock.TodayIn(TimeZones.FindOrUtc(row.TimeZoneId));
            var checklist = Domain.Checklist.Items(row.ChecklistTemplate);
            var endRequest = row.EndRequest.Select(r => new EndRequestView(r.By ?? "", r.RequestedByStaffId == row.MenteeStaffId, r.Reason, r.Message, r.RequestedAt, r.Status,
                r.DecidedAt, r.CoordinatorWord)).FirstOrDefault();
            return new Result(programId, row.ProgramName, cycleId, row.CycleName, pairingId, row.MenteeRequestId, row.Mentee, row.Mentor, row.Status, row.StartsOn, row.EndsOn,
                row.EndedOn, row.EndReason, row.Held.Count == 0 ? null : row.Held.Max(), CadenceStanding.Of(row.Cadence, row.StartsOn, row.EndsOn, row.Held, today),
                row.Cadence.Describe(), endRequest, row.EarlyCheckNo, today, row.TimeZoneId)
            {
                GetInTouch = row.LastCheckIn == CheckInReply.GetInTouch,
                AgreementConfirmed = row.Agreed,
                // As on the board: ticks of items since taken out of the template never count beyond the list's length.
                Checklist = (Math.Min(row.Ticked, checklist.Count), checklist.Count),
            };
        }
    }
}
