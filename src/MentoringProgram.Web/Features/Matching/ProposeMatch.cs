using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Domain.Matching;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Matching;

/// <summary>
/// The coordinator proposes a mentor for a request: the hard rules are checked again on the chosen mentor (never
/// trusted from the page), a place is taken on the offer and a proposed pairing holds the request. Nobody is told
/// until the coordinator confirms. Two coordinators at once never overbook: the offer's concurrency stamp catches two
/// takers of the same place, and the unique index on live pairings catches two proposals for one request.
/// </summary>
public static class ProposeMatch
{
    /// <summary>MatchId is the proposal (or, when Refusal says one exists, the live match already there).</summary>
    public sealed record Result(bool Found, int? MatchId, string? Refusal)
    {
        public static Result NotFound { get; } = new(false, null, null);
        public static Result Refused(string why, int? existing = null) => new(true, existing, why);
    }

    /// <summary>A mentee's ask instead of the coordinator's proposal: the mentor answers by <paramref name="AnswerDue"/>,
    /// and <paramref name="Queue"/> adds what the ask causes (the mail to the mentor) before the one SaveChanges.</summary>
    public sealed record MenteesAsk(DateTimeOffset AnswerDue, Func<Pairing, MatchPool.Request, MentorFacts, CancellationToken, Task> Queue);

    public sealed class Handler(AppDbContext db, MatchPool pool, TimeProvider clock)
    {
        public Task<Result> HandleAsync(int programId, int requestId, int volunteerId, string? coordinatorUserId, CancellationToken cancellationToken) =>
            ProposeAsync(programId, requestId, volunteerId, coordinatorUserId, ask: null, cancellationToken);

        /// <summary>The coordinator's proposal or, with <paramref name="ask"/>, the mentee's: the same checks, the same place
        /// taken under the same concurrency rules; only who is told, and when, differs.</summary>
        public async Task<Result> ProposeAsync(int programId, int requestId, int volunteerId, string? actorUserId, MenteesAsk? ask, CancellationToken cancellationToken)
        {
            if (await pool.LoadAsync(programId, requestId, volunteerId, cancellationToken) is not { Mentors: [var mentor] } loaded)
            {
                return Result.NotFound;
            }
            var request = loaded.Request;
            if (request.LiveMatchId is { } existing)
            {
                return Result.Refused(ask is null ? "This request already has a match proposed or confirmed." : "You have already asked a mentor; wait for their answer or take the ask back.", existing);
            }
            if (request.Status != RequestStatus.Submitted)
            {
                return Result.Refused(request.Status == RequestStatus.Matched ? "This request is already matched." : "This request was withdrawn, so it cannot be matched.");
            }
            if (loaded.Rules.Excludes(request.Mentee, mentor) is { } rule)
            {
                return Result.Refused($"{mentor.Name} cannot be matched with this request: {rule}");
            }
            var scored = loaded.Scorer.Score(request.Mentee, mentor);
            var offer = await db.MentorVolunteers.SingleAsync(v => v.Id == mentor.VolunteerId, cancellationToken);
            Pairing pairing;
            try
            {
                var reasons = MatchReasonLines.Join(scored.Reasons);
                pairing = ask is null
                    ? Pairing.Propose(offer, request.RequestId, request.Mentee.StaffId, request.TermStarts, request.TermEnds, reasons)
                    : Pairing.Ask(offer, request.RequestId, request.Mentee.StaffId, request.TermStarts, request.TermEnds, reasons, ask.AnswerDue);
            }
            catch (DomainRuleException refused)
            {
                return Result.Refused($"{mentor.Name}: {refused.Message}");
            }
            db.Pairings.Add(pairing);
            db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), actorUserId, ask is null ? MatchAudit.Proposed : MatchAudit.Asked, MatchAudit.Subject(request.RequestId),
                $"{request.MenteeName} with {mentor.Name}, score {scored.Score}, in {request.ProgramName}"));
            if (ask is not null)
            {
                await ask.Queue(pairing, request, mentor, cancellationToken);
            }
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return new Result(true, pairing.Id, null);
            }
            catch (DbUpdateConcurrencyException)
            {
                return Result.Refused($"Someone else matched {mentor.Name} at the same moment, so their places have changed. Look at the suggestions again.");
            }
            catch (DbUpdateException)
            {
                // The unique index on live pairings: a match was proposed for this request at the same moment.
                db.ChangeTracker.Clear();
                var live = await db.Pairings.Where(Pairing.Live).Where(p => p.MenteeRequestId == requestId)
                    .Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
                if (live is null)
                {
                    throw;
                }
                return Result.Refused("A match was proposed for this request at the same moment.", live);
            }
        }
    }
}
