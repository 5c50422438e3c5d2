using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MentoringProgram.Web.Features.Assessment;

/// <summary>
/// A survey's submitted responses in a cycle as rows for a CSV, one per response and one column per question, with no
/// name, id, date, role or department, and in an order that says nothing about who answered when (sorted by the answers
/// themselves). Fewer responses than the minimum export no rows at all (<see cref="SmallGroups"/>), and neither does a survey
/// not yet closed for the cycle (<see cref="SurveyRelease"/>). Ratings are numbers,
/// choices their words; the CSV writer neutralises cells that start like formulas. Two statements.
/// </summary>
public static class SurveyResponsesExport
{
    public sealed record Result(string SurveyTitle, string CycleName, IReadOnlyList<string> Header, IReadOnlyList<string?[]> Rows, bool HeldBack);

    public sealed class Handler(AppDbContext db, IOptions<AssessmentOptions> options)
    {
        public async Task<Result?> HandleAsync(int programId, int cycleId, int surveyId, CancellationToken cancellationToken)
        {
            var head = await SurveyInCycle.FindAsync(db, programId, cycleId, surveyId, cancellationToken);
            if (head is null)
            {
                return null;
            }
            var header = head.Questions.Select(q => q.Text).ToList();
            if (!head.Released)
            {
                // Still open for the cycle: rows read now could be told apart from rows read later (docs/adr/0022, addendum).
                return new Result(head.Title, head.CycleName, header, [], HeldBack: true);
            }
            var answers = await (
                from r in db.SurveyResponses
                where r.SurveyId == surveyId && r.CycleId == cycleId && r.SubmittedAt != null
                from a in r.Answers
                select new { ResponseId = r.Id, a.QuestionId, a.ScaleValue, a.TextValue })
                .AsNoTracking().ToListAsync(cancellationToken);
            var responses = answers.GroupBy(a => a.ResponseId).ToList();
            if (!SmallGroups.MayShow(responses.Count, options.Value.MinimumGroupSize))
            {
                return new Result(head.Title, head.CycleName, header, [], HeldBack: true);
            }
            var rows = responses
                .Select(response => head.Questions.Select(q => response.FirstOrDefault(a => a.QuestionId == q.Id) is { } a
                    ? SurveyAnswerText.Of(q.Type, SurveyQuestion.ChoicesOf(q.Choices), a.ScaleValue, a.TextValue)
                    : null).ToArray())
                .OrderBy(row => string.Join('\u001f', row), StringComparer.Ordinal)
                .ToList();
            return new Result(head.Title, head.CycleName, header, rows, HeldBack: false);
        }
    }
}
