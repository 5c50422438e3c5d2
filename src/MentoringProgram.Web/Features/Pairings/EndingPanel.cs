using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Pairings;

/// <summary>
/// What a member sees on their pairing page about the early check and ending early: the question "Is this working?"
/// while it is due and they have not answered, their own request to end the pairing (to take it back), and the
/// coordinator's answer to it. A request made by the other member is not read at all (docs/adr/0014). One statement.
/// </summary>
public static class EndingPanel
{
    public sealed record OwnRequest(EndRequestStatus Status, EndRequestReason Reason, DateTimeOffset RequestedAt, DateTimeOffset? DecidedAt, string? CoordinatorWord);

    public sealed record Result(int PairingId, bool Active, bool EarlyCheckDue, EarlyCheckReply? MyAnswer, OwnRequest? Mine, string TimeZoneId)
    {
        public bool AskingOpen => Mine?.Status == EndRequestStatus.Open;

        /// <summary>Offered even when the other member has a request open, which this member is not shown: only if they
        /// ask too are they told that a request is already with the coordinator.</summary>
        public bool CanAskToEnd => Active && !AskingOpen;
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public async Task<Result?> LoadAsync(int staffId, int pairingId, CancellationToken cancellationToken)
        {
            // One statement: at most two meeting days and one request row, so joining them multiplies nothing.
            var row = await db.Pairings.AsNoTracking().AsSingleQuery().Where(p => p.Id == pairingId && (p.MenteeStaffId == staffId || p.MentorStaffId == staffId)).Where(PairingDetails.ThePairs)
                .Select(p => new
                {
                    p.Id, p.Status, p.StartsOn, p.Cycle!.Program!.TimeZoneId,
                    HeldOn = db.Meetings.Where(m => m.PairingId == p.Id).Where(Meeting.Held).OrderBy(m => m.HeldOn).Select(m => m.HeldOn).Take(EarlyCheck.MeetingsHeld).ToList(),
                    Answer = db.EarlyCheckAnswers.Where(a => a.PairingId == p.Id && a.StaffId == staffId).Select(a => (EarlyCheckReply?)a.Reply).FirstOrDefault(),
                    Request = db.PairingEndRequests.Where(r => r.PairingId == p.Id && r.RequestedByStaffId == staffId && r.Status != EndRequestStatus.None)
                        .Select(r => new { r.Status, r.Reason, r.RequestedAt, r.DecidedAt, r.CoordinatorWord }).ToList(),
                })
                .SingleOrDefaultAsync(cancellationToken);
            if (row is null)
            {
                return null;
            }
            var today = clock.TodayIn(TimeZones.FindOrUtc(row.TimeZoneId));
            var request = row.Request.FirstOrDefault();
            var mine = request is null ? null : new OwnRequest(request.Status, request.Reason, request.RequestedAt, request.DecidedAt, request.CoordinatorWord);
            return new Result(row.Id, row.Status == PairingStatus.Active, EarlyCheck.IsDue(row.Status, row.StartsOn, row.HeldOn, today), row.Answer, mine, row.TimeZoneId);
        }
    }
}
