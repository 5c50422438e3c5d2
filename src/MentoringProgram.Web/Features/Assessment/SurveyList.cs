using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Assessment;

/// <summary>A cycle's surveys for the coordinator: each of the program's surveys with how many submitted it in this cycle.
/// Two statements.</summary>
public static class SurveyList
{
    public sealed record Row(int SurveyId, string Title, SurveyKind Kind, int Questions, int Submitted);

    public sealed record Result(int ProgramId, string ProgramName, int CycleId, string CycleName, IReadOnlyList<Row> Surveys);

    public sealed class Handler(AppDbContext db)
    {
        public async Task<Result?> HandleAsync(int programId, int cycleId, CancellationToken cancellationToken)
        {
            var head = await db.ProgramCycles.AsNoTracking().Where(c => c.Id == cycleId && c.ProgramId == programId)
                .Select(c => new { c.Name, ProgramName = c.Program!.Name }).SingleOrDefaultAsync(cancellationToken);
            if (head is null)
            {
                return null;
            }
            var surveys = await db.Surveys.AsNoTracking().Where(s => s.ProgramId == programId).OrderBy(s => s.Kind).ThenBy(s => s.Id)
                .Select(s => new Row(s.Id, s.Title, s.Kind, s.Questions.Count(),
                    db.SurveyResponses.Count(r => r.SurveyId == s.Id && r.CycleId == cycleId && r.SubmittedAt != null)))
                .ToListAsync(cancellationToken);
            return new Result(programId, head.ProgramName, cycleId, head.Name, surveys);
        }
    }
}
