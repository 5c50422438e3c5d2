using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Enrollment;

/// <summary>What both enrollment forms need to know about a program today: the program with its cycles,
/// the expectations to accept, and the topics to choose from.</summary>
public sealed record EnrollmentContext(MentorshipProgram Program, DateOnly Today, IReadOnlyList<SelectListItem> Topics)
{
    public string ClosedMessage => EnrollmentCycles.ClosedMessage(Program, Today);

    public HashSet<int> TopicIds => Topics.Select(t => int.Parse(t.Value)).ToHashSet();

    public static async Task<EnrollmentContext?> LoadAsync(AppDbContext db, int programId, TimeProvider clock, CancellationToken cancellationToken)
    {
        var program = await db.Programs.Include(p => p.Cycles).Include(p => p.Topics).ThenInclude(t => t.Topic)
            .SingleOrDefaultAsync(p => p.Id == programId && p.Status == ProgramStatus.Active, cancellationToken);
        if (program is null)
        {
            return null;
        }
        var topics = program.Topics.Select(t => t.Topic!).Where(t => t.IsActive).OrderBy(t => t.SortOrder).ThenBy(t => t.Name)
            .Select(t => new SelectListItem(t.Name, t.Id.ToString())).ToList();
        return new EnrollmentContext(program, program.Today(clock), topics);
    }
}
