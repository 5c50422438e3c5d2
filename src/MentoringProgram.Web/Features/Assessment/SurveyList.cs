using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Assessment;

/// <summary>A program's surveys for the coordinator, in one query for both lists: the program's (the survey builder's
/// index) and a cycle's (each survey with how many submitted it in the cycle and whether it is closed there, leading to its
/// results). Two statements.</summary>
public static class SurveyList
{
    /// <summary><see cref="Submitted"/> and <see cref="Closed"/> say something only in a cycle's list.</summary>
    public sealed record Row(int SurveyId, string Title, SurveyKind Kind, int Questions, int Submitted, bool Closed);

    /// <summary>A cycle's list when <see cref="CycleId"/> is set; the program's otherwise.</summary>
    public sealed record Result(int ProgramId, string ProgramName, int? CycleId, string? CycleName, IReadOnlyList<Row> Surveys);

    public sealed class Handler(AppDbContext db)
    {
        public async Task<Result?> ForProgramAsync(int programId, CancellationToken cancellationToken)
        {
            var name = await db.Programs.AsNoTracking().Where(p => p.Id == programId).Select(p => p.Name).SingleOrDefaultAsync(cancellationToken);
            return name is null ? null : new Result(programId, name, null, null, await RowsAsync(programId, null, cancellationToken));
        }

        public async Task<Result?> HandleAsync(int programId, int cycleId, CancellationToken cancellationToken)
        {
            var head = await db.ProgramCycles.AsNoTracking().Where(c => c.Id == cycleId && c.ProgramId == programId)
                .Select(c => new { c.Name, ProgramName = c.Program!.Name }).SingleOrDefaultAsync(cancellationToken);
            return head is null ? null : new Result(programId, head.ProgramName, cycleId, head.Name, await RowsAsync(programId, cycleId, cancellationToken));
        }

        private Task<List<Row>> RowsAsync(int programId, int? cycleId, CancellationToken cancellationToken) =>
            db.Surveys.AsNoTracking().Where(s => s.ProgramId == programId).OrderBy(s => s.Kind).ThenBy(s => s.Id)
                .Select(s => new Row(s.Id, s.Title, s.Kind, s.Questions.Count(),
                    cycleId == null ? 0 : db.SurveyResponses.Count(r => r.SurveyId == s.Id && r.CycleId == cycleId && r.SubmittedAt != null),
                    cycleId != null && db.SurveyClosings.Any(c => c.SurveyId == s.Id && c.CycleId == cycleId)))
                .ToListAsync(cancellationToken);
    }
}
