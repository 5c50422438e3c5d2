using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Domain.Matching;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Matching;

/// <summary>
/// "Suggest matches for everyone unmatched": every waiting request of a cycle against every offer, the hard rules
/// applied, each allowed pair scored, and the exact optimum (<see cref="AssignmentSolver"/>, ADR 10) saved as a draft
/// <see cref="MatchRun"/>: a proposed mentor with the reasons for each request it could place, and for each other
/// request the reason none could be proposed. Nothing changes for anyone until the coordinator accepts rows.
/// </summary>
public static class SuggestAllMatches
{
    /// <summary>With "spread the load", each extra mentee for the same mentor counts this much less (scores are 1-100).</summary>
    public const int SpreadLoadPenalty = 15;

    public sealed record Result(bool Found, int? RunId, string? Refusal);

    public sealed class Handler(AppDbContext db, MatchPool pool, TimeProvider clock)
    {
        public Task<Result> HandleAsync(int programId, int cycleId, bool spreadTheLoad, string? coordinatorUserId, CancellationToken cancellationToken) =>
            MakeRunAsync(programId, cycleId, spreadTheLoad, coordinatorUserId, replaced: null, locked: [], cancellationToken);

        /// <summary>Keeps a draft's locked rows (and the rows whose mentor the coordinator chose) and solves the rest
        /// again around them, with the places those rows use taken out; the new draft replaces the old.</summary>
        public async Task<Result> RerunAsync(int programId, int cycleId, int runId, IReadOnlyCollection<int> lockedRowIds, string? coordinatorUserId, CancellationToken cancellationToken)
        {
            var previous = await db.MatchRuns.Include(r => r.Rows)
                .SingleOrDefaultAsync(r => r.Id == runId && r.CycleId == cycleId && db.ProgramCycles.Any(c => c.Id == cycleId && c.ProgramId == programId), cancellationToken);
            if (previous is null)
            {
                return new Result(false, null, null);
            }
            try
            {
                var locked = previous.LockOnly(lockedRowIds);
                previous.Discard();
                return await MakeRunAsync(programId, cycleId, previous.SpreadTheLoad, coordinatorUserId, previous, locked, cancellationToken);
            }
            catch (DomainRuleException refused)
            {
                return new Result(true, null, refused.Message);
            }
        }

        private async Task<Result> MakeRunAsync(int programId, int cycleId, bool spreadTheLoad, string? coordinatorUserId, MatchRun? replaced,
            IReadOnlyList<MatchRunRow> locked, CancellationToken cancellationToken)
        {
            var cycle = await pool.LoadCycleAsync(programId, cycleId, cancellationToken);
            if (cycle is null)
            {
                return await db.ProgramCycles.AnyAsync(c => c.Id == cycleId && c.ProgramId == programId, cancellationToken)
                    ? new Result(true, null, "No request in this cycle is waiting for a mentor.")
                    : new Result(false, null, null);
            }
            var lockedRequests = locked.Select(r => r.MenteeRequestId).ToHashSet();
            var placesLocked = locked.GroupBy(r => r.MentorVolunteerId!.Value).ToDictionary(g => g.Key, g => g.Count());
            var rest = cycle with
            {
                Requests = [.. cycle.Requests.Where(r => !lockedRequests.Contains(r.RequestId))],
                Mentors = [.. cycle.Mentors.Select(m => placesLocked.TryGetValue(m.VolunteerId, out var used) ? m with { PlacesTaken = m.PlacesTaken + used } : m)],
            };
            var draft = Solve(rest, spreadTheLoad);
            var run = new MatchRun(cycleId, coordinatorUserId, spreadTheLoad, draft.Total);
            foreach (var row in locked)
            {
                run.AddLocked(row.MenteeRequestId, row.MentorVolunteerId!.Value, row.Score, row.Reasons);
            }
            foreach (var row in draft.Rows)
            {
                if (row.Mentor is { } mentor)
                {
                    run.AddProposal(row.Request.RequestId, mentor.Mentor.VolunteerId, mentor.Score, MatchReasonLines.Join(mentor.Reasons));
                }
                else
                {
                    run.AddUnmatched(row.Request.RequestId, row.WhyUnmatched!);
                }
            }
            db.MatchRuns.Add(run);
            db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), coordinatorUserId, MatchAudit.RunMade, $"cycle:{cycleId}",
                $"{locked.Count + draft.Rows.Count(r => r.Mentor is not null)} of {locked.Count + draft.Rows.Count} requests placed"
                + (locked.Count > 0 ? $", {locked.Count} kept from run {replaced!.Id}" : "") + (spreadTheLoad ? ", spreading the load" : "")));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                return new Result(true, null, "Another coordinator changed this draft at the same moment. Look at it again.");
            }
            return new Result(true, run.Id, null);
        }
    }

    public sealed record DraftRow(MatchPool.Request Request, ScoredMentor? Mentor, string? WhyUnmatched);

    public sealed record Draft(IReadOnlyList<DraftRow> Rows, long Total);

    /// <summary>The optimum for a loaded cycle, with reasons in words for the chosen pairs only.</summary>
    public static Draft Solve(MatchPool.Cycle cycle, bool spreadTheLoad)
    {
        var requests = cycle.Requests;
        var mentors = cycle.Mentors;
        var matrix = new ScoreMatrix(requests.Count, mentors.Count);
        var max = Math.Max(1, cycle.Scorer.MaxPoints);
        for (var i = 0; i < requests.Count; i++)
        {
            for (var j = 0; j < mentors.Count; j++)
            {
                if (cycle.Rules.Excludes(requests[i].Mentee, mentors[j]) is not null)
                {
                    matrix[i, j] = ScoreMatrix.Excluded;
                    continue;
                }
                // 1..100: every allowed pair counts for something, so the optimum places as many people as it can
                // before it weighs how well; the solver's scores are small integers (ADR 10).
                matrix[i, j] = 1 + (int)Math.Round(Math.Min(cycle.Scorer.Points(requests[i].Mentee, mentors[j]), max) * 99.0 / max, MidpointRounding.AwayFromZero);
            }
        }
        var result = AssignmentSolver.Solve([.. mentors.Select(m => m.PlacesLeft)], matrix,
            new MatchingOptions(spreadTheLoad ? SpreadLoadPenalty : 0));
        var rows = new List<DraftRow>(requests.Count);
        for (var i = 0; i < requests.Count; i++)
        {
            var chosen = result.MentorOfRequest[i];
            rows.Add(chosen == MatchingResult.Unmatched
                ? new DraftRow(requests[i], null, WhyUnmatched(requests[i].Mentee, mentors, cycle.Rules, matrix, i))
                : new DraftRow(requests[i], cycle.Scorer.Score(requests[i].Mentee, mentors[chosen]), null));
        }
        return new Draft(rows, result.TotalScore);
    }

    /// <summary>Why the optimum left a request out, in the coordinator's terms.</summary>
    private static string WhyUnmatched(MenteeFacts mentee, IReadOnlyList<MentorFacts> mentors, MatchRules matchRules, ScoreMatrix matrix, int request)
    {
        var allowed = Enumerable.Range(0, mentors.Count).Where(j => matrix[request, j] != ScoreMatrix.Excluded).ToList();
        if (allowed.Count == 0)
        {
            // The rules' words again, for this request only: placed requests (most of them) never need them.
            var rules = mentors.Select(m => matchRules.Excludes(mentee, m)!).GroupBy(r => r).OrderByDescending(g => g.Count()).Take(3).Select(g => $"{g.Count()}: {g.Key.TrimEnd('.')}");
            return mentors.Count == 0 ? "No one has offered to mentor in this cycle." : $"The program's rules leave no mentor ({string.Join("; ", rules)}).";
        }
        if (mentee.TopicIds.Count > 0 && !allowed.Any(j => mentors[j].TopicIds.Overlaps(mentee.TopicIds)))
        {
            return "No approved mentor with a place left shares their topics.";
        }
        return "Every mentor who fits is full: the places went to requests that fit them better.";
    }
}
