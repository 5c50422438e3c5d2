using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Email;
using MentoringProgram.Web.Email.Templates;
using MentoringProgram.Web.Features.Programs.Mails;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Programs;

/// <summary>
/// When a program's next cycle is added, each mentee who completed a pairing in the program and is eligible to mentor
/// by the time the cycle takes offers (the tenure rule) is invited, once, to volunteer as a mentor (seed 003: "mentor
/// others"). Queued on the caller's context, so the invitations commit with the cycle; keyed per cycle and person.
/// Two statements before the caller's save whatever the number of people.
/// </summary>
public sealed class MentorInvitationNotices(AppDbContext db, EmailOutbox outbox, MailRenderer mail, TimeProvider clock)
{
    public static string Key(int cycleId, int staffId) => $"mentor-invitation:{cycleId}:{staffId}";

    /// <summary>Queues the invitations for a saved cycle; how many were queued.</summary>
    public async Task<int> QueueAsync(MentorshipProgram program, ProgramCycle cycle, CancellationToken cancellationToken)
    {
        var formerMentees = await db.StaffMembers.AsNoTracking()
            .Where(s => s.IsActive && s.WorkEmail != ""
                && db.Pairings.Any(p => p.MenteeStaffId == s.Id && p.Status == PairingStatus.Completed && p.Cycle!.ProgramId == program.Id))
            .OrderBy(s => s.Id)
            .Select(s => new { s.Id, s.FullName, s.WorkEmail, s.HireDate })
            .ToListAsync(cancellationToken);
        // Offers are taken from the day enrollment opens (or today, when that has passed): eligible by then.
        var today = program.Today(clock);
        var firstOfferDay = today > cycle.EnrollmentOpens ? today : cycle.EnrollmentOpens;
        var eligible = formerMentees.Where(s => Tenure.Evaluate(s.HireDate, program.MinimumMentorTenureMonths, firstOfferDay).IsEligible).ToList();
        return await outbox.QueueNewAsync(eligible, s => Key(cycle.Id, s.Id), async s =>
            new OutgoingMail(Key(cycle.Id, s.Id), s.WorkEmail, s.FullName, await mail.RenderAsync(new VolunteerInvitationMail
            {
                PersonName = s.FullName, ProgramName = program.Name, ProgramId = program.Id, CycleName = cycle.Name,
                EnrollmentOpens = cycle.EnrollmentOpens, EnrollmentDeadline = cycle.EnrollmentDeadline, TermStarts = cycle.TermStarts,
            })), cancellationToken);
    }
}
