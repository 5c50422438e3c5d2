using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Domain.Matching;
using MentoringProgram.Web.Features.Enrollment;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Matching;

/// <summary>
/// What matching one request needs, read in three statements whatever the pool's size: the request with what the
/// rules need, the cycle's offers (or one of them) with their places taken, and the topics' names. Suggestions rank
/// the whole pool from it; proposing a match checks the chosen mentor against the same rules and scores.
/// </summary>
public sealed class MatchPool(AppDbContext db)
{
    public sealed record Request(
        int ProgramId, string ProgramName, int CycleId, int RequestId, string MenteeName, RequestStatus Status,
        DateOnly TermStarts, DateOnly TermEnds, MatchWeights Weights, Guid ProgramStamp, IReadOnlyList<string> TopicNames, MenteeFacts Mentee, int? LiveMatchId);

    public sealed record Loaded(Request Request, IReadOnlyList<MentorFacts> Mentors, MatchRules Rules, MatchScorer Scorer);

    /// <param name="onlyVolunteerId">Just this offer (when proposing), or every offer in the cycle (suggestions).</param>
    public async Task<Loaded?> LoadAsync(int programId, int requestId, int? onlyVolunteerId, CancellationToken cancellationToken)
    {
        var request = await db.MenteeRequests.AsNoTracking()
            .Where(r => r.Id == requestId && r.Cycle!.ProgramId == programId)
            .Select(r => new
            {
                r.Id, r.CycleId, r.Status, r.StaffMemberId, r.PreferMentorOutsideDepartment, r.PreferredContact,
                r.StaffMember!.FullName, r.StaffMember.WorkEmail, r.StaffMember.SupervisorEmail, r.StaffMember.DepartmentId,
                Department = r.StaffMember.Department != null ? r.StaffMember.Department.Name : null, r.StaffMember.Location,
                ProgramName = r.Cycle!.Program!.Name, r.Cycle.Program.MatchWeights, ProgramStamp = r.Cycle.Program.ConcurrencyStamp, r.Cycle.Program.MinimumMentorTenureMonths, r.Cycle.TermStarts, r.Cycle.TermEnds,
                TopicIds = r.Topics.Select(t => t.TopicId).ToList(),
                Dissolved = db.Pairings.Where(p => p.MenteeStaffId == r.StaffMemberId && p.Status == PairingStatus.Dissolved).Select(p => p.MentorStaffId).ToList(),
                LiveMatchId = db.Pairings.Where(Pairing.Live).Where(p => p.MenteeRequestId == r.Id)
                    .Select(p => (int?)p.Id).FirstOrDefault(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (request is null)
        {
            return null;
        }
        var offers = await db.MentorVolunteers.AsNoTracking()
            .Where(v => v.CycleId == request.CycleId && (onlyVolunteerId == null || v.Id == onlyVolunteerId))
            .Select(v => new
            {
                v.Id, v.StaffMemberId, v.StaffMember!.FullName, v.StaffMember.WorkEmail, v.StaffMember.SupervisorEmail, v.StaffMember.DepartmentId,
                Department = v.StaffMember.Department != null ? v.StaffMember.Department.Name : null, v.PreferredContact, v.StaffMember.Location,
                v.StaffMember.HireDate, v.Status, v.TrainingCompleted, v.Capacity, v.PlacesTaken,
                TopicIds = db.Set<MentorVolunteerTopic>().Where(x => x.MentorVolunteerId == v.Id).GroupBy(x => x.MentorVolunteerId)
                    .Select(g => string.Join(TopicList.Separator, g.Select(x => x.TopicId.ToString()))).FirstOrDefault(),
            })
            .ToListAsync(cancellationToken);
        var topicNames = await db.Topics.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);

        var mentee = new MenteeFacts(request.Id, request.StaffMemberId, request.WorkEmail, request.SupervisorEmail, request.TopicIds.ToHashSet(),
            request.DepartmentId, request.Department, request.PreferMentorOutsideDepartment, request.PreferredContact, request.Location);
        var mentors = offers.Select(o => new MentorFacts(o.Id, o.StaffMemberId, o.FullName, o.WorkEmail, o.SupervisorEmail, TopicList.Ids(o.TopicIds).ToHashSet(),
            o.DepartmentId, o.Department, o.PreferredContact, o.Location, o.HireDate, o.Status, o.TrainingCompleted, o.Capacity, o.PlacesTaken)).ToList();
        var rules = new MatchRules(request.MinimumMentorTenureMonths, request.TermStarts, trainingRequired: false,
            request.Dissolved.Select(m => (request.StaffMemberId, m)).ToHashSet());
        var topics = request.TopicIds.Where(topicNames.ContainsKey).Select(id => topicNames[id]).Order(StringComparer.CurrentCulture).ToList();
        return new Loaded(
            new Request(programId, request.ProgramName, request.CycleId, request.Id, request.FullName, request.Status, request.TermStarts, request.TermEnds,
                request.MatchWeights, request.ProgramStamp, topics, mentee, request.LiveMatchId),
            mentors, rules, new MatchScorer(request.MatchWeights, topicNames, request.TermStarts));
    }
}
