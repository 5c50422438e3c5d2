using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Domain.Matching;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Matching;

/// <summary>
/// A cycle's bulk matching page: how many requests wait and how many places are offered, and the latest draft with
/// its rows and fairness report. Four statements whatever the pool's size.
/// </summary>
public static class MatchingBoard
{
    public sealed record DraftRow(int RowId, int RequestId, string MenteeName, string? MenteeDepartment, int? VolunteerId, string? MentorName,
        string? MentorDepartment, int Score, IReadOnlyList<string> Reasons, string? WhyUnmatched, bool Accepted, bool Locked);

    public sealed record Draft(int RunId, MatchRunStatus Status, DateTimeOffset MadeAt, bool SpreadTheLoad, IReadOnlyList<DraftRow> Rows, FairnessReport Fairness)
    {
        public bool IsDraft => Status == MatchRunStatus.Draft;
    }

    /// <summary>A mentee's ask waiting for the mentor's answer (mentee-choice programs): the coordinator can step in.</summary>
    public sealed record OpenAsk(int MatchId, string MenteeName, string MentorName, DateTimeOffset AnswerDue);

    /// <summary>A request waiting again after its pairing was dissolved: matched first.</summary>
    public sealed record Rematch(int RequestId, string MenteeName, DateTimeOffset Since);

    public sealed record Result(int ProgramId, string ProgramName, int CycleId, string CycleName, string TimeZoneId, int Waiting, int MentorsWithPlaces,
        int PlacesLeft, Draft? Latest)
    {
        public IReadOnlyList<OpenAsk> OpenAsks { get; init; } = [];

        public IReadOnlyList<Rematch> Rematches { get; init; } = [];

        public bool IsRematch(int requestId) => Rematches.Any(r => r.RequestId == requestId);
    }

    public sealed class Handler(AppDbContext db)
    {
        public async Task<Result?> HandleAsync(int programId, int cycleId, CancellationToken cancellationToken)
        {
            var waiting = MatchPool.WaitingForAMatch(db);
            var head = await db.ProgramCycles.AsNoTracking().Where(c => c.Id == cycleId && c.ProgramId == programId)
                .Select(c => new
                {
                    ProgramName = c.Program!.Name, c.Name, c.Program.TimeZoneId,
                    Waiting = db.MenteeRequests.Where(waiting).Count(r => r.CycleId == c.Id),
                    MentorsWithPlaces = db.MentorVolunteers.Count(v => v.CycleId == c.Id && v.Status == VolunteerStatus.Approved && v.PlacesTaken < v.Capacity),
                    PlacesLeft = db.MentorVolunteers.Where(v => v.CycleId == c.Id && v.Status == VolunteerStatus.Approved && v.PlacesTaken < v.Capacity)
                        .Sum(v => (int?)(v.Capacity - v.PlacesTaken)) ?? 0,
                    Latest = db.MatchRuns.Where(r => r.CycleId == c.Id).OrderByDescending(r => r.Id)
                        .Select(r => new { r.Id, r.Status, r.CreatedAt, r.SpreadTheLoad }).FirstOrDefault(),
                    OpenAsks = db.Pairings.Where(Pairing.WaitingAsk).Where(p => p.CycleId == c.Id).OrderBy(p => p.AnswerDue)
                        .Select(p => new OpenAsk(p.Id, p.Mentee!.FullName, p.Mentor!.FullName, p.AnswerDue!.Value)).ToList(),
                    Rematches = db.MenteeRequests.Where(waiting).Where(r => r.CycleId == c.Id && r.RematchSince != null).OrderBy(r => r.RematchSince).ThenBy(r => r.Id)
                        .Select(r => new Rematch(r.Id, r.StaffMember!.FullName, r.RematchSince!.Value)).ToList(),
                })
                .SingleOrDefaultAsync(cancellationToken);
            if (head is null)
            {
                return null;
            }
            Draft? latest = null;
            if (head.Latest is { } run)
            {
                var rows = await db.Set<MatchRunRow>().AsNoTracking().Where(r => r.MatchRunId == run.Id)
                    .OrderBy(r => r.MentorVolunteerId == null).ThenByDescending(r => r.Score).ThenBy(r => r.Id)
                    .Select(r => new
                    {
                        r.Id, r.MenteeRequestId, r.MentorVolunteerId, r.Score, r.Reasons, r.UnmatchedReason, r.Accepted, r.Locked,
                        Mentee = db.MenteeRequests.Where(q => q.Id == r.MenteeRequestId).Select(q => new
                        {
                            q.StaffMember!.FullName, Department = q.StaffMember.Department != null ? q.StaffMember.Department.Name : null,
                        }).First(),
                        Mentor = db.MentorVolunteers.Where(v => v.Id == r.MentorVolunteerId).Select(v => new
                        {
                            v.StaffMember!.FullName, Department = v.StaffMember.Department != null ? v.StaffMember.Department.Name : null,
                        }).FirstOrDefault(),
                    })
                    .ToListAsync(cancellationToken);
                var topics = await TopicBalanceAsync(cycleId, run.Id, cancellationToken);
                var rematchIds = head.Rematches.Select(r => r.RequestId).ToHashSet();
                // Stable: requests waiting for a rematch first, each group in the order the query gave.
                var draftRows = rows.OrderBy(r => !rematchIds.Contains(r.MenteeRequestId)).Select(r => new DraftRow(r.Id, r.MenteeRequestId, r.Mentee.FullName, r.Mentee.Department, r.MentorVolunteerId,
                    r.Mentor?.FullName, r.Mentor?.Department, r.Score, MatchReasonLines.Split(r.Reasons), r.UnmatchedReason, r.Accepted, r.Locked)).ToList();
                var fairness = FairnessReport.Of([.. draftRows.Select(r => new FairnessReport.Row(r.MenteeDepartment, r.VolunteerId, r.Score, r.WhyUnmatched))],
                    head.MentorsWithPlaces, topics);
                latest = new Draft(run.Id, run.Status, run.CreatedAt, run.SpreadTheLoad, draftRows, fairness);
            }
            return new Result(programId, head.ProgramName, cycleId, head.Name, head.TimeZoneId, head.Waiting, head.MentorsWithPlaces, head.PlacesLeft, latest)
            {
                OpenAsks = head.OpenAsks,
                Rematches = head.Rematches,
            };
        }

        /// <summary>Per topic: the draft's requests asking for it, and the cycle's approved mentors offering it.</summary>
        private async Task<IReadOnlyList<FairnessReport.TopicBalance>> TopicBalanceAsync(int cycleId, int runId, CancellationToken cancellationToken)
        {
            var balance = await db.Topics.AsNoTracking()
                .Select(t => new
                {
                    t.Name,
                    Asking = db.Set<MenteeRequestTopic>().Count(x => x.TopicId == t.Id
                        && db.Set<MatchRunRow>().Any(r => r.MatchRunId == runId && r.MenteeRequestId == x.MenteeRequestId)),
                    Offering = db.Set<MentorVolunteerTopic>().Count(x => x.TopicId == t.Id
                        && db.MentorVolunteers.Any(v => v.Id == x.MentorVolunteerId && v.CycleId == cycleId && v.Status == VolunteerStatus.Approved)),
                })
                .ToListAsync(cancellationToken);
            return [.. balance.Where(b => b.Asking > 0 || b.Offering > 0).OrderByDescending(b => b.Asking - b.Offering).ThenBy(b => b.Name, StringComparer.CurrentCulture)
                .Select(b => new FairnessReport.TopicBalance(b.Name, b.Asking, b.Offering))];
        }
    }
}
