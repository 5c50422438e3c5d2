using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Programs;

public static class ProgramDetails
{
    public sealed record CycleRow(int Id, string Name, DateOnly Opens, DateOnly Deadline, DateOnly TermStarts, DateOnly TermEnds, EnrollmentState State);

    public sealed record Result(
        int Id,
        string Name,
        ProgramStatus Status,
        string Description,
        string Expectations,
        string Term,
        bool Renewable,
        int MinimumMentorTenureMonths,
        bool MentorTrainingRequired,
        string Cadence,
        int DefaultMentorCapacity,
        decimal? LunchAllowance,
        MatchingMode MatchingMode,
        IReadOnlyList<string> Topics,
        IReadOnlyList<CycleRow> Cycles,
        CycleForm NewCycle)
    {
        public int MenteeChoices { get; init; } = ProgramSettings.DefaultMenteeChoices;
        public int MentorAnswerDays { get; init; } = ProgramSettings.DefaultMentorAnswerDays;
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock, MentorInvitationNotices invitations)
    {
        public async Task<Result?> HandleAsync(int id, CycleForm? newCycle, CancellationToken cancellationToken)
        {
            var program = await db.Programs.AsNoTracking().Include(p => p.Cycles).Include(p => p.Topics).ThenInclude(t => t.Topic)
                .SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
            if (program is null)
            {
                return null;
            }
            var today = program.Today(clock);
            var next = CyclePlan.Following(program.Cycles.Select(c => new CyclePlan(c.Name, c.Enrollment, c.TermStarts)).ToList(), program.Term);
            newCycle ??= next is null
                ? new CycleForm()
                : new CycleForm
                {
                    Name = next.Name,
                    EnrollmentOpens = next.Enrollment.Opens,
                    EnrollmentDeadline = next.Enrollment.Deadline,
                    TermStarts = next.TermStarts,
                };
            return new Result(program.Id, program.Name, program.Status, program.Description, program.Expectations,
                program.Term.ToString(), program.Renewable, program.MinimumMentorTenureMonths, program.MentorTrainingRequired, program.Cadence.Describe(),
                program.DefaultMentorCapacity, program.LunchAllowance, program.MatchingMode,
                program.Topics.Select(t => t.Topic!).OrderBy(t => t.SortOrder).Select(t => t.Name).ToList(),
                program.Cycles.OrderByDescending(c => c.EnrollmentOpens)
                    .Select(c => new CycleRow(c.Id, c.Name, c.EnrollmentOpens, c.EnrollmentDeadline, c.TermStarts, c.TermEnds, c.Enrollment.StateOn(today)))
                    .ToList(),
                newCycle)
            {
                MenteeChoices = program.MenteeChoices,
                MentorAnswerDays = program.MentorAnswerDays,
            };
        }

        public Task<CycleForm?> FindCycleAsync(int programId, int cycleId, CancellationToken cancellationToken) =>
            db.ProgramCycles.AsNoTracking().Where(c => c.Id == cycleId && c.ProgramId == programId)
                .Select(c => new CycleForm
                {
                    Name = c.Name,
                    EnrollmentOpens = c.EnrollmentOpens,
                    EnrollmentDeadline = c.EnrollmentDeadline,
                    TermStarts = c.TermStarts,
                    ProgramId = c.ProgramId,
                    CycleId = c.Id,
                })
                .SingleOrDefaultAsync(cancellationToken);

        /// <summary>Moves a cycle's dates (say, to extend the deadline); the term end follows the program's term length.</summary>
        public async Task<bool> UpdateCycleAsync(int programId, int cycleId, CycleForm form, CancellationToken cancellationToken)
        {
            var program = await db.Programs.Include(p => p.Cycles).SingleOrDefaultAsync(p => p.Id == programId, cancellationToken);
            if (program?.Cycles.SingleOrDefault(c => c.Id == cycleId) is not { } cycle)
            {
                return false;
            }
            cycle.Rename(form.Name);
            cycle.Reschedule(form.ToWindow(), form.TermStarts!.Value, program.Term);
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }

        /// <summary>Adds the cycle and, in the same transaction, invites the program's former mentees who may now mentor
        /// (<see cref="MentorInvitationNotices"/>); how many were invited, or null when the program does not exist.</summary>
        public Task<int?> AddCycleAsync(int id, CycleForm form, CancellationToken cancellationToken) =>
            db.InTransactionAsync(async () =>
            {
                var program = await db.Programs.Include(p => p.Cycles).SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
                if (program is null)
                {
                    return (int?)null;
                }
                var cycle = program.AddCycle(form.Name, form.ToWindow(), form.TermStarts!.Value);
                await db.SaveChangesAsync(cancellationToken);
                var invited = await invitations.QueueAsync(program, cycle, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
                return invited;
            }, invited => invited is not null, cancellationToken);
    }
}
