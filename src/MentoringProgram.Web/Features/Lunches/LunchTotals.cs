using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Lunches;

/// <summary>The coordinator's lunch totals for a cycle, one row per pairing that spent anything, for finance: names,
/// count, total and the allowance. One statement; amounts are added up here (SQLite cannot add decimals).</summary>
public static class LunchTotals
{
    public sealed record Row(string Mentee, string Mentor, int Lunches, decimal Total, decimal? Allowance, DateOnly? LastOn);

    public sealed record Result(string ProgramName, string CycleName, IReadOnlyList<Row> Rows);

    public sealed class Handler(AppDbContext db)
    {
        public async Task<Result?> HandleAsync(int programId, int cycleId, CancellationToken cancellationToken)
        {
            var head = await db.ProgramCycles.AsNoTracking().Where(c => c.Id == cycleId && c.ProgramId == programId)
                .Select(c => new
                {
                    Program = c.Program!.Name, c.Name, c.Program.LunchAllowance,
                    Pairings = db.Pairings.Where(p => p.CycleId == c.Id && db.LunchExpenses.Any(e => e.PairingId == p.Id))
                        .OrderBy(p => p.Mentee!.FullName).ThenBy(p => p.Id)
                        .Select(p => new
                        {
                            Mentee = p.Mentee!.FullName, Mentor = p.Mentor!.FullName,
                            Spent = db.LunchExpenses.Where(e => e.PairingId == p.Id).Select(e => new { e.Amount, e.SpentOn }).ToList(),
                        }).ToList(),
                })
                .SingleOrDefaultAsync(cancellationToken);
            return head is null ? null : new Result(head.Program, head.Name, head.Pairings
                .Select(p => new Row(p.Mentee, p.Mentor, p.Spent.Count, p.Spent.Sum(s => s.Amount), head.LunchAllowance, p.Spent.Max(s => (DateOnly?)s.SpentOn)))
                .ToList());
        }
    }
}
