using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Enrollment;

/// <summary>A coordinator approving, pausing, or recording training for a volunteer from the list.</summary>
public static class ChangeVolunteerStanding
{
    /// <summary>Found is false when the volunteer is not in this program; Refusal says why the volunteer's
    /// standing does not allow the action now (a page opened before they withdrew, say).</summary>
    public sealed record Result(bool Found, string? Refusal);

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public async Task<Result> HandleAsync(int programId, int volunteerId, VolunteerAction action, CancellationToken cancellationToken)
        {
            var volunteer = await db.MentorVolunteers.Include(v => v.Cycle).ThenInclude(c => c!.Program)
                .SingleOrDefaultAsync(v => v.Id == volunteerId && v.Cycle!.ProgramId == programId, cancellationToken);
            if (volunteer is null)
            {
                return new Result(false, null);
            }
            try
            {
                // Training is dated in the program's own day.
                volunteer.Perform(action, volunteer.Cycle!.Program!.Today(clock));
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
