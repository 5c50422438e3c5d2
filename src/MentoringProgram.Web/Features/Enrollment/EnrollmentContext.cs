using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Enrollment;

/// <summary>What both enrollment forms need to know about a program today: the cycle to enroll in (or why
/// not), the expectations to accept, and the topics to choose from.</summary>
public sealed record EnrollmentContext(
    MentorshipProgram Program,
    ProgramCycle? OpenCycle,
    ProgramCycle? NextCycle,
    DateOnly Today,
    IReadOnlyList<SelectListItem> Topics)
{
    public string ClosedMessage => EnrollmentCycles.ClosedMessage(Program, NextCycle, Today);

    public HashSet<int> TopicIds => Topics.Select(t => int.Parse(t.Value)).ToHashSet();

    /// <summary>Cycles whose term has not ended: where someone's request or offer can still be current.</summary>
    public List<int> LiveCycleIds => Program.Cycles.Where(c => c.TermEnds >= Today).Select(c => c.Id).ToList();

    /// <summary>The cycle to enroll in and the person's entry there: the open cycle; or, when enrollment is
    /// closed, the cycle of their latest entry that is not withdrawn (which they may still change or withdraw).</summary>
    public (ProgramCycle? Cycle, T? Entry) Resolve<T>(IReadOnlyCollection<T> entries, Func<T, int> cycleOf, Func<T, bool> isWithdrawn, Func<T, DateTimeOffset> submittedAt)
        where T : class
    {
        if (OpenCycle is { } open)
        {
            return (open, entries.SingleOrDefault(e => cycleOf(e) == open.Id));
        }
        var current = entries.Where(e => !isWithdrawn(e)).OrderByDescending(submittedAt).FirstOrDefault();
        return current is null ? (null, null) : (Program.Cycles.Single(c => c.Id == cycleOf(current)), current);
    }

    public static async Task<EnrollmentContext?> LoadAsync(AppDbContext db, int programId, TimeProvider clock, CancellationToken cancellationToken)
    {
        var program = await db.Programs.Include(p => p.Cycles).Include(p => p.Topics).ThenInclude(t => t.Topic)
            .SingleOrDefaultAsync(p => p.Id == programId && p.Status == ProgramStatus.Active, cancellationToken);
        if (program is null)
        {
            return null;
        }
        var today = clock.Today();
        var (open, next) = EnrollmentCycles.For(program, today);
        var topics = program.Topics.Select(t => t.Topic!).Where(t => t.IsActive).OrderBy(t => t.SortOrder).ThenBy(t => t.Name)
            .Select(t => new SelectListItem(t.Name, t.Id.ToString())).ToList();
        return new EnrollmentContext(program, open, next, today, topics);
    }
}
