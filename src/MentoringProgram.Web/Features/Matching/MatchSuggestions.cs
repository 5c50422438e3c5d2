using MentoringProgram.Web.Domain.Matching;

namespace MentoringProgram.Web.Features.Matching;

/// <summary>A request's suggested mentors: every offer in its cycle scored with reasons, the best first, and each mentor
/// a hard rule removes with the rule. The three statements of <see cref="MatchPool"/>, whatever the pool's size.</summary>
public static class MatchSuggestions
{
    public const int Shown = 10;

    public sealed record Result(MatchPool.Request Request, IReadOnlyList<ScoredMentor> Best, IReadOnlyList<ExcludedMentor> Excluded)
    {
        /// <summary>Offered for matching: still waiting, and no match proposed or confirmed for it yet.</summary>
        public bool CanPropose => Request.Status == Domain.RequestStatus.Submitted && Request.LiveMatchId is null;
    }

    public sealed class Handler(MatchPool pool)
    {
        public async Task<Result?> HandleAsync(int programId, int requestId, CancellationToken cancellationToken)
        {
            if (await pool.LoadAsync(programId, requestId, onlyVolunteerId: null, cancellationToken) is not { } loaded)
            {
                return null;
            }
            var (best, excluded) = loaded.Scorer.Rank(loaded.Request.Mentee, loaded.Mentors, loaded.Rules, Shown);
            return new Result(loaded.Request, best, [.. excluded.OrderBy(e => e.Mentor.Name, StringComparer.CurrentCulture)]);
        }
    }
}
