using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Matching;

/// <summary>
/// The coordinator accepts all or some rows of a draft: each becomes a confirmed pairing (a place taken, the request
/// matched, both introduced) and the draft closes, all in one transaction for the run. If anything changed since the
/// draft was made (a mentor paused or filled by hand, a request withdrawn), nothing is accepted and the coordinator is
/// told which row and to run again.
/// </summary>
public static class AcceptMatchRun
{
    public sealed record Result(bool Found, int Accepted, string? Refusal);

    private const string Overtaken = "Another coordinator matched some of these people while you were reviewing. Nothing was accepted; suggest matches again.";

    public sealed class Handler(AppDbContext db, MatchNotices notices, TimeProvider clock)
    {
        public async Task<Result> HandleAsync(int programId, int cycleId, int runId, IReadOnlyCollection<int> rowIds, string? coordinatorUserId, CancellationToken cancellationToken)
        {
            var run = await db.MatchRuns.Include(r => r.Rows)
                .SingleOrDefaultAsync(r => r.Id == runId && r.CycleId == cycleId && db.ProgramCycles.Any(c => c.Id == cycleId && c.ProgramId == programId), cancellationToken);
            if (run is null)
            {
                return new Result(false, 0, null);
            }
            var cycle = await db.ProgramCycles.AsNoTracking().SingleAsync(c => c.Id == cycleId, cancellationToken);
            IReadOnlyList<MatchRunRow> chosen;
            try
            {
                chosen = run.Accept(rowIds);
            }
            catch (DomainRuleException refused)
            {
                return new Result(true, 0, refused.Message);
            }
            var requestIds = chosen.Select(r => r.MenteeRequestId).ToList();
            var offerIds = chosen.Select(r => r.MentorVolunteerId!.Value).Distinct().ToList();
            var requests = await db.MenteeRequests.Include(r => r.StaffMember).Where(r => requestIds.Contains(r.Id)).ToDictionaryAsync(r => r.Id, cancellationToken);
            var offers = await db.MentorVolunteers.Include(v => v.StaffMember).Where(v => offerIds.Contains(v.Id)).ToDictionaryAsync(v => v.Id, cancellationToken);
            var pairings = new List<Pairing>(chosen.Count);
            foreach (var row in chosen)
            {
                var request = requests[row.MenteeRequestId];
                var offer = offers[row.MentorVolunteerId!.Value];
                try
                {
                    var pairing = Pairing.Propose(offer, request.Id, request.StaffMemberId, cycle.TermStarts, cycle.TermEnds, row.Reasons);
                    pairing.Start();
                    request.MarkMatched();
                    pairings.Add(pairing);
                }
                catch (DomainRuleException refused)
                {
                    return new Result(true, 0, $"{request.StaffMember!.FullName} with {offer.StaffMember!.FullName}: {refused.Message} Nothing was accepted; suggest matches again.");
                }
            }
            db.Pairings.AddRange(pairings);
            db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), coordinatorUserId, MatchAudit.RunAccepted, $"cycle:{cycleId}",
                $"run {run.Id}: {chosen.Count} of {run.Rows.Count(r => r.HasMentor)} proposed matches accepted"));
            try
            {
                await db.InTransactionAsync(async () =>
                {
                    // The introductions are keyed by pairing id, so the pairings are saved first, in the same transaction.
                    await db.SaveChangesAsync(cancellationToken);
                    foreach (var pairing in pairings)
                    {
                        await notices.IntroduceAsync(pairing, cancellationToken);
                    }
                    await db.SaveChangesAsync(cancellationToken);
                    return true;
                }, keep: ok => ok, cancellationToken);
                return new Result(true, chosen.Count, null);
            }
            catch (DbUpdateConcurrencyException)
            {
                // A place taken (or a request changed) by hand while the draft was reviewed.
                db.ChangeTracker.Clear();
                return new Result(true, 0, Overtaken);
            }
            catch (DbUpdateException)
            {
                // The one-live-pairing index: a match proposed by hand meanwhile for one of these requests. Anything else
                // is not a conflict the coordinator can resolve, and is not dressed up as one.
                db.ChangeTracker.Clear();
                if (!await db.Pairings.Where(Pairing.Live).AnyAsync(p => requestIds.Contains(p.MenteeRequestId), cancellationToken))
                {
                    throw;
                }
                return new Result(true, 0, Overtaken);
            }
        }
    }
}
