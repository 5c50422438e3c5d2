using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Domain.Matching;
using MentoringProgram.Web.Features.Enrollment;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Matching;

/// <summary>A request's suggested mentors: every offer in its cycle scored with reasons, the best first, and each mentor
/// a hard rule removes with the rule. Three statements whatever the pool's size: the request with what the rules need,
/// the cycle's offers with their places taken, and the topics' names.</summary>
public static class MatchSuggestions
{
    public const int Shown = 10;

    public sealed record Result(int ProgramId, string ProgramName, int RequestId, string MenteeName, RequestStatus Status, MatchWeights Weights,
        IReadOnlyList<string> Topics, IReadOnlyList<ScoredMentor> Best, IReadOnlyList<ExcludedMentor> Excluded);

    public sealed class Handler(AppDbContext db)
    {
        public async Task<Result?> HandleAsync(int programId, int requestId, CancellationToken cancellationToken)
        {
            var request = await db.MenteeRequests.AsNoTracking()
                .Where(r => r.Id == requestId && r.Cycle!.ProgramId == programId)
                .Select(r => new
                {
                    r.Id, r.CycleId, r.Status, r.StaffMemberId, r.PreferMentorOutsideDepartment, r.PreferredContact,
                    r.StaffMember!.FullName, r.StaffMember.WorkEmail, r.StaffMember.SupervisorEmail, r.StaffMember.DepartmentId,
                    Department = r.StaffMember.Department != null ? r.StaffMember.Department.Name : null, r.StaffMember.Location,
                    ProgramName = r.Cycle!.Program!.Name, r.Cycle.Program.MatchWeights, r.Cycle.Program.MinimumMentorTenureMonths, r.Cycle.TermStarts,
                    TopicIds = r.Topics.Select(t => t.TopicId).ToList(),
                    Dissolved = db.Pairings.Where(p => p.MenteeStaffId == r.StaffMemberId && p.Status == PairingStatus.Dissolved).Select(p => p.MentorStaffId).ToList(),
                })
                .SingleOrDefaultAsync(cancellationToken);
            if (request is null)
            {
                return null;
            }
            var offers = await db.MentorVolunteers.AsNoTracking().Where(v => v.CycleId == request.CycleId)
                .Select(v => new
                {
                    v.Id, v.StaffMemberId, v.StaffMember!.FullName, v.StaffMember.WorkEmail, v.StaffMember.SupervisorEmail, v.StaffMember.DepartmentId,
                    Department = v.StaffMember.Department != null ? v.StaffMember.Department.Name : null, v.PreferredContact, v.StaffMember.Location,
                    v.StaffMember.HireDate, v.Status, v.TrainingCompleted, v.Capacity,
                    Taken = db.Pairings.Count(p => p.MentorVolunteerId == v.Id && (p.Status == PairingStatus.Proposed || p.Status == PairingStatus.Active)),
                    TopicIds = db.Set<MentorVolunteerTopic>().Where(x => x.MentorVolunteerId == v.Id).GroupBy(x => x.MentorVolunteerId)
                        .Select(g => string.Join(TopicList.Separator, g.Select(x => x.TopicId.ToString()))).FirstOrDefault(),
                })
                .ToListAsync(cancellationToken);
            var topicNames = await db.Topics.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);

            var mentee = new MenteeFacts(request.Id, request.StaffMemberId, request.WorkEmail, request.SupervisorEmail, request.TopicIds.ToHashSet(),
                request.DepartmentId, request.Department, request.PreferMentorOutsideDepartment, request.PreferredContact, request.Location);
            var mentors = offers.Select(o => new MentorFacts(o.Id, o.StaffMemberId, o.FullName, o.WorkEmail, o.SupervisorEmail, TopicList.Ids(o.TopicIds).ToHashSet(),
                o.DepartmentId, o.Department, o.PreferredContact, o.Location, o.HireDate, o.Status, o.TrainingCompleted, o.Capacity, o.Taken));
            var rules = new MatchRules(request.MinimumMentorTenureMonths, request.TermStarts, trainingRequired: false,
                request.Dissolved.Select(m => (request.StaffMemberId, m)).ToHashSet());
            var (best, excluded) = new MatchScorer(request.MatchWeights, topicNames, request.TermStarts).Rank(mentee, mentors, rules, Shown);
            var topics = request.TopicIds.Where(topicNames.ContainsKey).Select(id => topicNames[id]).Order(StringComparer.CurrentCulture).ToList();
            return new Result(programId, request.ProgramName, request.Id, request.FullName, request.Status, request.MatchWeights, topics, best,
                [.. excluded.OrderBy(e => e.Mentor.Name, StringComparer.CurrentCulture)]);
        }
    }
}
