using FluentValidation;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Pairings;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Lunches;

/// <summary>
/// The pair's lunch allowance (seed 002): either member records what a lunch cost, and both see what is left. Only in
/// programs with an allowance; only the pair reaches it. The coordinator sees totals per pairing (<see cref="LunchTotals"/>).
/// </summary>
public static class RecordLunch
{
    public sealed class Command
    {
        public DateOnly? SpentOn { get; set; }
        public decimal? Amount { get; set; }
        public string? Note { get; set; }
    }

    public sealed record Row(DateOnly SpentOn, decimal Amount, bool Mine, string? Note);

    public sealed record View(int PairingId, string OtherName, decimal Allowance, IReadOnlyList<Row> Lunches, bool CanRecord, DateOnly StartsOn, DateOnly Today)
    {
        public decimal Spent => Lunches.Sum(l => l.Amount);

        public decimal Left => Allowance - Spent;
    }

    /// <summary>What the validator needs to know of the pairing: its term's start, the program's today, what is left.</summary>
    public sealed record Limits(DateOnly StartsOn, DateOnly Today, decimal Left);

    public static ValidationContext<Command> ContextFor(Command command, Limits limits)
    {
        var context = new ValidationContext<Command>(command);
        context.RootContextData[nameof(Limits)] = limits;
        return context;
    }

    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.SpentOn).NotNull().WithMessage("Enter the day of the lunch.").Custom((day, context) =>
            {
                if (day is { } spentOn && context.RootContextData.TryGetValue(nameof(Limits), out var found) && found is Limits limits
                    && Pairing.MeetingDayProblem(spentOn, limits.StartsOn, limits.Today) is { } problem)
                {
                    context.AddFailure(problem);
                }
            });
            RuleFor(c => c.Amount).NotNull().WithMessage("Enter what the lunch cost.").Custom((amount, context) =>
            {
                if (amount is { } cost && context.RootContextData.TryGetValue(nameof(Limits), out var found) && found is Limits limits
                    && LunchExpense.AmountProblem(cost, limits.Left) is { } problem)
                {
                    context.AddFailure(problem);
                }
            });
            RuleFor(c => c.Note).MaximumLength(LunchExpense.NoteLength).WithMessage($"Keep the note to {LunchExpense.NoteLength} characters or fewer.");
        }
    }

    public sealed record Result(bool Found, string? Refusal);

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        /// <summary>The allowance as the member sees it; null when the pairing is not theirs or its program has none.</summary>
        public async Task<View?> LoadAsync(int staffId, int pairingId, CancellationToken cancellationToken)
        {
            var row = await db.Pairings.AsNoTracking()
                .Where(p => p.Id == pairingId && (p.MenteeStaffId == staffId || p.MentorStaffId == staffId)).Where(PairingDetails.ThePairs)
                .Select(p => new
                {
                    p.Id, p.Status, p.StartsOn, p.MenteeStaffId, p.Cycle!.Program!.LunchAllowance, p.Cycle.Program.TimeZoneId,
                    Mentee = p.Mentee!.FullName, Mentor = p.Mentor!.FullName,
                    // Amounts come back as rows and are added up here: SQLite cannot add decimals.
                    Lunches = db.LunchExpenses.Where(e => e.PairingId == p.Id).OrderByDescending(e => e.SpentOn).ThenByDescending(e => e.Id)
                        .Select(e => new Row(e.SpentOn, e.Amount, e.LoggedByStaffId == staffId, e.Note)).ToList(),
                })
                .SingleOrDefaultAsync(cancellationToken);
            if (row?.LunchAllowance is not { } allowance)
            {
                return null;
            }
            var today = clock.TodayIn(TimeZones.FindOrUtc(row.TimeZoneId));
            return new View(row.Id, row.MenteeStaffId == staffId ? row.Mentor : row.Mentee, allowance, row.Lunches,
                row.Status == PairingStatus.Active && today >= row.StartsOn, row.StartsOn, today);
        }

        /// <summary>Call after validation. The allowance is checked again against what is saved by now.</summary>
        public async Task<Result> RecordAsync(int staffId, int pairingId, Command command, CancellationToken cancellationToken)
        {
            var pairing = await db.Pairings.Include(p => p.Cycle).ThenInclude(c => c!.Program).Where(PairingDetails.ThePairs)
                .SingleOrDefaultAsync(p => p.Id == pairingId && (p.MenteeStaffId == staffId || p.MentorStaffId == staffId), cancellationToken);
            if (pairing is null)
            {
                return new Result(false, null);
            }
            var spent = (await db.LunchExpenses.Where(e => e.PairingId == pairingId).Select(e => e.Amount).ToListAsync(cancellationToken)).Sum();
            try
            {
                db.LunchExpenses.Add(LunchExpense.Record(pairing, pairing.Cycle!.Program!.LunchAllowance, spent, command.SpentOn!.Value, command.Amount!.Value,
                    staffId, pairing.Cycle.Program.Today(clock), command.Note));
            }
            catch (DomainRuleException refused)
            {
                return new Result(true, refused.Message);
            }
            await db.SaveChangesAsync(cancellationToken);
            return new Result(true, null);
        }
    }
}
