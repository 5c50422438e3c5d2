using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Domain.Matching;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Matching;

/// <summary>
/// Another mentor for one row of a draft: the request's suggestions as they stand with the draft's other rows holding
/// their places, each with the change in the row's score; choosing one puts it on the row and locks the row, so a
/// re-run keeps it. The choice is checked again against the rules and the places when it is posted.
/// </summary>
public static class SwapDraftMentor
{
    public sealed record Option(ScoredMentor Mentor, int Change);

    public sealed record Choices(int ProgramId, int CycleId, int RunId, int RowId, string MenteeName, string? CurrentMentor, int CurrentScore, IReadOnlyList<Option> Options);

    public sealed record Result(bool Found, string? Refusal);

    public sealed class Handler(AppDbContext db, MatchPool pool)
    {
        public async Task<Choices?> ChoicesAsync(int programId, int cycleId, int runId, int rowId, CancellationToken cancellationToken) =>
            await LoadAsync(programId, cycleId, runId, rowId, cancellationToken) is { } found ? found.Choices : null;

        public async Task<Result> SwapAsync(int programId, int cycleId, int runId, int rowId, int volunteerId, CancellationToken cancellationToken)
        {
            if (await LoadAsync(programId, cycleId, runId, rowId, cancellationToken) is not { } found)
            {
                return new Result(false, null);
            }
            if (found.Choices.Options.FirstOrDefault(o => o.Mentor.Mentor.VolunteerId == volunteerId) is not { } option)
            {
                return new Result(true, "That mentor cannot take this request in this draft: a rule rules them out, or the draft has filled their places.");
            }
            var run = await db.MatchRuns.Include(r => r.Rows).SingleAsync(r => r.Id == runId, cancellationToken);
            try
            {
                run.Swap(rowId, volunteerId, option.Mentor.Score, MatchReasonLines.Join(option.Mentor.Reasons));
                await db.SaveChangesAsync(cancellationToken);
                return new Result(true, null);
            }
            catch (DomainRuleException refused)
            {
                return new Result(true, refused.Message);
            }
            catch (DbUpdateConcurrencyException)
            {
                return new Result(true, "Another coordinator changed this draft at the same moment. Look at it again.");
            }
        }

        private sealed record Found(Choices Choices);

        private async Task<Found?> LoadAsync(int programId, int cycleId, int runId, int rowId, CancellationToken cancellationToken)
        {
            var row = await db.Set<MatchRunRow>().AsNoTracking()
                .Where(r => r.Id == rowId && r.MatchRunId == runId
                    && db.MatchRuns.Any(m => m.Id == runId && m.CycleId == cycleId && m.Status == MatchRunStatus.Draft
                        && db.ProgramCycles.Any(c => c.Id == cycleId && c.ProgramId == programId)))
                .Select(r => new { r.MenteeRequestId, r.MentorVolunteerId, r.Score })
                .SingleOrDefaultAsync(cancellationToken);
            if (row is null || await pool.LoadAsync(programId, row.MenteeRequestId, onlyVolunteerId: null, cancellationToken) is not { } loaded)
            {
                return null;
            }
            // Places the draft's other rows use, per mentor.
            var used = await db.Set<MatchRunRow>().AsNoTracking().Where(o => o.MatchRunId == runId && o.Id != rowId && o.MentorVolunteerId != null)
                .GroupBy(o => o.MentorVolunteerId!.Value).Select(g => new { VolunteerId = g.Key, Count = g.Count() })
                .ToDictionaryAsync(u => u.VolunteerId, u => u.Count, cancellationToken);
            var mentors = loaded.Mentors.Select(m => used.TryGetValue(m.VolunteerId, out var n) ? m with { PlacesTaken = m.PlacesTaken + n } : m)
                .Where(m => m.VolunteerId != row.MentorVolunteerId);
            var (best, _) = loaded.Scorer.Rank(loaded.Request.Mentee, mentors, loaded.Rules, MatchSuggestions.Shown);
            var current = row.MentorVolunteerId is { } id ? loaded.Mentors.FirstOrDefault(m => m.VolunteerId == id)?.Name : null;
            return new Found(new Choices(programId, cycleId, runId, rowId, loaded.Request.MenteeName, current, row.Score,
                [.. best.Select(b => new Option(b, b.Score - row.Score))]));
        }
    }
}
