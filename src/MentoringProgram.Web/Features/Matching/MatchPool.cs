using System.Linq.Expressions;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Domain.Matching;
using MentoringProgram.Web.Features.Enrollment;
using MentoringProgram.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Query;

namespace MentoringProgram.Web.Features.Matching;

/// <summary>
/// What matching reads, in three statements whatever the pool's size: the requests with what the rules need (and the
/// pool's cache stamp), the cycle's offers with their places taken, and the topics' names; the last two only when
/// the cache does not hold the cycle's pool as of that stamp (kept in memory between views: reading and converting a
/// thousand offers was two thirds of the suggestions page, issue 13). Proposing or confirming a match re-reads its one
/// offer, so a hard rule is always checked against the database. One request's suggestions (and proposing a mentor
/// for it) read one request; the bulk match reads every waiting request of a cycle. Both build the facts, rules and
/// scorer the same way, here.
/// </summary>
public sealed class MatchPool(AppDbContext db, StampedCache cache)
{
    public sealed record Request(
        int ProgramId, string ProgramName, int CycleId, int RequestId, string MenteeName, RequestStatus Status,
        DateOnly TermStarts, DateOnly TermEnds, MatchWeights Weights, Guid ProgramStamp, IReadOnlyList<string> TopicNames, MenteeFacts Mentee, int? LiveMatchId);

    public sealed record Loaded(Request Request, IReadOnlyList<MentorFacts> Mentors, MatchRules Rules, MatchScorer Scorer);

    /// <summary>A cycle's waiting requests (no live match yet) and its whole pool of offers.</summary>
    public sealed record Cycle(int ProgramId, int CycleId, string ProgramName, string CycleName, IReadOnlyList<Request> Requests,
        IReadOnlyList<MentorFacts> Mentors, MatchRules Rules, MatchScorer Scorer, IReadOnlyDictionary<int, string> TopicNames);

    private sealed record RequestRow(
        int Id, int CycleId, RequestStatus Status, int StaffMemberId, bool PreferOutside, ContactMethods Contact, string FullName, string WorkEmail,
        string? SupervisorEmail, int? DepartmentId, string? Department, string? Location, string TopicIds, List<int> DissolvedWith, List<int> AvoidStaffIds, List<EndedAsk> EndedAsks, int? LiveMatchId,
        string ProgramName, string CycleName, MatchWeights Weights, Guid ProgramStamp, int MinimumTenureMonths, bool TrainingRequired, DateOnly TermStarts, DateOnly TermEnds,
        Guid? PoolStamp);

    private sealed record EndedAsk(int VolunteerId, PairingStatus Status);

    /// <param name="onlyVolunteerId">Just this offer (when proposing), or every offer in the cycle (suggestions).</param>
    public async Task<Loaded?> LoadAsync(int programId, int requestId, int? onlyVolunteerId, CancellationToken cancellationToken)
    {
        var row = await OneRequest.For(db)(db, programId, requestId, cancellationToken);
        if (row is null)
        {
            return null;
        }
        var (mentors, topicNames) = onlyVolunteerId is null
            ? await PoolAsync(row, cancellationToken)
            : (await MentorsAsync(row.CycleId, onlyVolunteerId, cancellationToken), await TopicNamesAsync(cancellationToken));
        return new Loaded(ToRequest(programId, row, topicNames), mentors, RulesFor(row, [row]), new MatchScorer(row.Weights, topicNames, row.TermStarts));
    }

    /// <summary>A request still waiting for a mentor, with no match proposed, asked for or confirmed: what the bulk match
    /// takes and what the matching board counts.</summary>
    public static Expression<Func<MenteeRequest, bool>> WaitingForAMatch(AppDbContext db) =>
        r => r.Status == RequestStatus.Submitted && !db.Pairings.Where(Pairing.Live).Any(p => p.MenteeRequestId == r.Id);

    /// <summary>Every request of the cycle still waiting for a mentor with no match proposed, and every offer; null
    /// when the cycle is not the program's or no request is waiting.</summary>
    public async Task<Cycle?> LoadCycleAsync(int programId, int cycleId, CancellationToken cancellationToken)
    {
        var rows = await Rows(db.MenteeRequests
                .Where(r => r.CycleId == cycleId && r.Cycle!.ProgramId == programId)
                .Where(WaitingForAMatch(db))
                // Requests returned for rematch first, so the draft lists them first.
                .OrderBy(r => r.RematchSince == null).ThenBy(r => r.SubmittedAt).ThenBy(r => r.Id))
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return null;
        }
        var first = rows[0];
        var (mentors, topicNames) = await PoolAsync(first, cancellationToken);
        return new Cycle(programId, cycleId, first.ProgramName, first.CycleName, [.. rows.Select(r => ToRequest(programId, r, topicNames))], mentors,
            RulesFor(first, rows), new MatchScorer(first.Weights, topicNames, first.TermStarts), topicNames);
    }

    /// <summary>The one projection of a request with what matching needs, whichever requests are asked for: a lambda over
    /// the context, so that one request's query can be compiled and a cycle's can bind it to this context.</summary>
    private static readonly Expression<Func<AppDbContext, MenteeRequest, RequestRow>> Projection = (db, r) => new RequestRow(
        r.Id, r.CycleId, r.Status, r.StaffMemberId, r.PreferMentorOutsideDepartment, r.PreferredContact, r.StaffMember!.FullName, r.StaffMember.WorkEmail,
        r.StaffMember.SupervisorEmail, r.StaffMember.DepartmentId, r.StaffMember.Department != null ? r.StaffMember.Department.Name : null, r.StaffMember.Location,
        r.TopicIds,
        db.Pairings.Where(p => p.MenteeStaffId == r.StaffMemberId && p.Status == PairingStatus.Dissolved).Select(p => p.MentorStaffId).ToList(),
        r.AvoidStaff.Select(a => a.StaffMemberId).ToList(),
        db.Pairings.Where(p => p.MenteeRequestId == r.Id && p.AnswerDue != null
                && (p.Status == PairingStatus.Declined || p.Status == PairingStatus.Expired || p.Status == PairingStatus.Cancelled))
            .Select(p => new EndedAsk(p.MentorVolunteerId, p.Status)).ToList(),
        db.Pairings.Where(Pairing.Live).Where(p => p.MenteeRequestId == r.Id).Select(p => (int?)p.Id).FirstOrDefault(),
        r.Cycle!.Program!.Name, r.Cycle.Name, r.Cycle.Program.MatchWeights, r.Cycle.Program.ConcurrencyStamp, r.Cycle.Program.MinimumMentorTenureMonths, r.Cycle.Program.MentorTrainingRequired,
        r.Cycle.TermStarts, r.Cycle.TermEnds,
        db.CacheStamps.Where(s => s.Name == CacheStamp.Enrollment).Select(s => (Guid?)s.Stamp).FirstOrDefault());

    private IQueryable<RequestRow> Rows(IQueryable<MenteeRequest> requests) =>
        requests.AsNoTracking().Select(Expression.Lambda<Func<MenteeRequest, RequestRow>>(
            ReplacingExpressionVisitor.Replace(Projection.Parameters[0], Expression.Constant(db), Projection.Body), Projection.Parameters[1]));

    /// <summary>One request with what matching needs, compiled: every suggestions page runs it, and building and looking up
    /// this large expression cost five times what running it did (issue 13).</summary>
    private static readonly CompiledPerProvider<Func<AppDbContext, int, int, CancellationToken, Task<RequestRow?>>> OneRequest = new(() =>
    {
        Expression<Func<AppDbContext, int, int, CancellationToken, IQueryable<MenteeRequest>>> source = (db, programId, requestId, _) =>
            db.MenteeRequests.AsNoTracking().Where(r => r.Id == requestId && r.Cycle!.ProgramId == programId);
        var selector = Expression.Lambda<Func<MenteeRequest, RequestRow>>(
            ReplacingExpressionVisitor.Replace(Projection.Parameters[0], source.Parameters[0], Projection.Body), Projection.Parameters[1]);
        var single = Expression.Call(typeof(Queryable), nameof(Queryable.SingleOrDefault), [typeof(RequestRow)],
            Expression.Call(typeof(Queryable), nameof(Queryable.Select), [typeof(MenteeRequest), typeof(RequestRow)], source.Body, Expression.Quote(selector)));
        return EF.CompileAsyncQuery(Expression.Lambda<Func<AppDbContext, int, int, CancellationToken, RequestRow?>>(single, source.Parameters));
    });

    /// <summary>The cycle's whole pool, from the cache when it holds it as of the stamp read with the request.</summary>
    private Task<(IReadOnlyList<MentorFacts> Mentors, IReadOnlyDictionary<int, string> TopicNames)> PoolAsync(RequestRow row, CancellationToken cancellationToken) =>
        cache.GetAsync<(IReadOnlyList<MentorFacts>, IReadOnlyDictionary<int, string>)>((nameof(MatchPool), row.CycleId), row.PoolStamp,
            async ct => (await MentorsAsync(row.CycleId, onlyVolunteerId: null, ct), await TopicNamesAsync(ct)), cancellationToken);

    private async Task<IReadOnlyList<MentorFacts>> MentorsAsync(int cycleId, int? onlyVolunteerId, CancellationToken cancellationToken)
    {
        var offers = await db.MentorVolunteers.AsNoTracking()
            .Where(v => v.CycleId == cycleId && (onlyVolunteerId == null || v.Id == onlyVolunteerId))
            .Select(v => new
            {
                v.Id, v.StaffMemberId, v.StaffMember!.FullName, v.StaffMember.WorkEmail, v.StaffMember.SupervisorEmail, v.StaffMember.DepartmentId,
                Department = v.StaffMember.Department != null ? v.StaffMember.Department.Name : null, v.PreferredContact, v.StaffMember.Location,
                v.StaffMember.HireDate, v.Status, v.TrainingCompleted, v.Capacity, v.PlacesTaken,
                v.TopicIds,
            })
            .ToListAsync(cancellationToken);
        // In offer order, sorted here: no index serves it, and SQLite would sort the whole pool in a temporary tree.
        return offers.OrderBy(o => o.Id).Select(o => new MentorFacts(o.Id, o.StaffMemberId, o.FullName, o.WorkEmail, o.SupervisorEmail, TopicIdList.Parse(o.TopicIds).ToHashSet(),
            o.DepartmentId, o.Department, o.PreferredContact, o.Location, o.HireDate, o.Status, o.TrainingCompleted, o.Capacity, o.PlacesTaken)).ToList();
    }

    private async Task<IReadOnlyDictionary<int, string>> TopicNamesAsync(CancellationToken cancellationToken) =>
        await db.Topics.AsNoTracking().ToDictionaryAsync(t => t.Id, t => t.Name, cancellationToken);

    private static MatchRules RulesFor(RequestRow program, IEnumerable<RequestRow> requests) =>
        new(program.MinimumTenureMonths, program.TermStarts, program.TrainingRequired,
            requests.SelectMany(r => r.DissolvedWith.Select(mentor => (r.StaffMemberId, mentor))).ToHashSet());

    private static Request ToRequest(int programId, RequestRow row, IReadOnlyDictionary<int, string> topicNames)
    {
        var topicIds = TopicIdList.Parse(row.TopicIds).ToHashSet();
        return new(programId, row.ProgramName, row.CycleId, row.Id, row.FullName, row.Status, row.TermStarts, row.TermEnds, row.Weights, row.ProgramStamp,
            [.. topicIds.Where(topicNames.ContainsKey).Select(id => topicNames[id]).Order(StringComparer.CurrentCulture)],
            new MenteeFacts(row.Id, row.StaffMemberId, row.WorkEmail, row.SupervisorEmail, topicIds, row.DepartmentId, row.Department,
                row.PreferOutside, row.Contact, row.Location) 
            {
                AvoidStaffIds = row.AvoidStaffIds.ToHashSet(),
                // A declined ask says most, then a lapsed one, then a withdrawn one.
                EndedAsks = row.EndedAsks.GroupBy(a => a.VolunteerId).ToDictionary(g => g.Key,
                    g => g.Select(a => a.Status).OrderBy(s => s switch { PairingStatus.Declined => 0, PairingStatus.Expired => 1, _ => 2 }).First()),
            },
            row.LiveMatchId);
    }
}
