using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Email;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Enrollment;

/// <summary>
/// The mail that enrollment causes, queued on the caller's DbContext so it commits with the change.
/// Keys name the event (who, what, when), so a repeated event never queues a second message.
/// </summary>
public sealed class EnrollmentNotices(EmailOutbox outbox, AppLinks links, AppDbContext db)
{
    public async Task RequestSubmittedAsync(StaffMember applicant, MentorshipProgram program, ProgramCycle cycle, MenteeRequest request, CancellationToken cancellationToken)
    {
        var key = $"request-submitted:{cycle.Id}:{applicant.Id}:{request.SubmittedAt.UtcTicks}";
        await outbox.QueueAsync(key, applicant.WorkEmail, applicant.FullName, EmailContent.Compose(
            $"Your mentor request for {program.Name} is in",
            $"Hello {applicant.FullName},",
            [
                $"Thank you for asking for a mentor in {program.Name} ({cycle.Name}).",
                $"The coordinator matches pairs after enrollment closes on {cycle.EnrollmentDeadline:d MMMM yyyy}. You will hear from us by email when you have a mentor. You can change or withdraw your request until then.",
            ],
            "See your request", links.To("/My")), cancellationToken);
        await NotifyCoordinatorsAsync(key, program,
            $"New mentor request: {applicant.FullName}",
            [$"{applicant.FullName} ({applicant.WorkEmail}) asked for a mentor in {program.Name} ({cycle.Name})."],
            "See all requests", links.To($"/Programs/{program.Id}/Requests"), cancellationToken);
    }

    public async Task RequestWithdrawnAsync(StaffMember applicant, MentorshipProgram program, MenteeRequest request, CancellationToken cancellationToken)
    {
        var key = $"request-withdrawn:{request.Id}:{request.WithdrawnAt!.Value.UtcTicks}";
        await outbox.QueueAsync(key, applicant.WorkEmail, applicant.FullName, EmailContent.Compose(
            $"You withdrew your mentor request for {program.Name}",
            $"Hello {applicant.FullName},",
            ["Your request for a mentor is withdrawn. If you change your mind while enrollment is open, you can ask again."],
            "Your mentoring", links.To("/My")), cancellationToken);
        await NotifyCoordinatorsAsync(key, program,
            $"Mentor request withdrawn: {applicant.FullName}",
            [$"{applicant.FullName} withdrew their request for a mentor in {program.Name}."],
            "See all requests", links.To($"/Programs/{program.Id}/Requests"), cancellationToken);
    }

    public async Task VolunteerSubmittedAsync(StaffMember volunteer, MentorshipProgram program, ProgramCycle cycle, MentorVolunteer offer, CancellationToken cancellationToken)
    {
        var key = $"volunteer-submitted:{cycle.Id}:{volunteer.Id}:{offer.SubmittedAt.UtcTicks}";
        await outbox.QueueAsync(key, volunteer.WorkEmail, volunteer.FullName, EmailContent.Compose(
            $"Thank you for volunteering as a mentor in {program.Name}",
            $"Hello {volunteer.FullName},",
            [
                $"Thank you for offering to mentor up to {offer.Capacity} colleague(s) in {program.Name} ({cycle.Name}).",
                "The coordinator will confirm your place and any mentor training before matching begins.",
            ],
            "See your offer", links.To("/My")), cancellationToken);
        await NotifyCoordinatorsAsync(key, program,
            $"New mentor volunteer: {volunteer.FullName}",
            [$"{volunteer.FullName} ({volunteer.WorkEmail}) volunteered to mentor up to {offer.Capacity} in {program.Name} ({cycle.Name}). Approve them when they are ready to be matched."],
            "Review volunteers", links.To($"/Programs/{program.Id}/Volunteers"), cancellationToken);
    }

    public async Task VolunteerWithdrawnAsync(StaffMember volunteer, MentorshipProgram program, MentorVolunteer offer, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var key = $"volunteer-withdrawn:{offer.Id}:{at.UtcTicks}";
        await outbox.QueueAsync(key, volunteer.WorkEmail, volunteer.FullName, EmailContent.Compose(
            $"You withdrew your mentor offer for {program.Name}",
            $"Hello {volunteer.FullName},",
            ["Your offer to mentor is withdrawn. Thank you for considering it; you can volunteer again while enrollment is open."],
            "Your mentoring", links.To("/My")), cancellationToken);
        await NotifyCoordinatorsAsync(key, program,
            $"Mentor offer withdrawn: {volunteer.FullName}",
            [$"{volunteer.FullName} withdrew their offer to mentor in {program.Name}."],
            "Review volunteers", links.To($"/Programs/{program.Id}/Volunteers"), cancellationToken);
    }

    private async Task NotifyCoordinatorsAsync(string eventKey, MentorshipProgram program, string subject, IEnumerable<string> paragraphs, string linkText, string link, CancellationToken cancellationToken)
    {
        var coordinatorRole = await db.Roles.Where(r => r.Name == Roles.Coordinator).Select(r => r.Id).SingleAsync(cancellationToken);
        var recipients = await db.Users
            .Where(u => u.Email != null && db.UserRoles.Any(ur => ur.UserId == u.Id && ur.RoleId == coordinatorRole))
            .Select(u => u.Email!).ToListAsync(cancellationToken);
        if (program.CoordinatorContact is { } contact)
        {
            recipients.Add(contact);
        }
        var content = EmailContent.Compose(subject, "Hello,", paragraphs, linkText, link);
        foreach (var address in recipients.Select(StaffMember.NormalizeEmail).Distinct())
        {
            await outbox.QueueAsync($"{eventKey}:coordinator:{address}", address, null, content, cancellationToken);
        }
    }
}

/// <summary>Resolves which cycle of a program someone enrolls in today, and why they cannot when closed.</summary>
public static class EnrollmentCycles
{
    public static (ProgramCycle? Open, ProgramCycle? Next) For(MentorshipProgram program, DateOnly today) =>
        (program.Cycles.Where(c => c.Enrollment.IsOpenOn(today)).OrderBy(c => c.EnrollmentDeadline).FirstOrDefault(), program.NextCycle(today));

    public static string ClosedMessage(MentorshipProgram program, ProgramCycle? next, DateOnly today)
    {
        var last = program.Cycles.Where(c => c.EnrollmentDeadline < today).OrderByDescending(c => c.EnrollmentDeadline).FirstOrDefault();
        var closed = last is null ? $"Enrollment for {program.Name} is not open." : $"Enrollment for {program.Name} closed on {last.EnrollmentDeadline:d MMMM yyyy}.";
        return next is null
            ? closed + " The next enrollment window has not been set yet."
            : closed + $" The next window opens on {next.EnrollmentOpens:d MMMM yyyy} and closes on {next.EnrollmentDeadline:d MMMM yyyy}.";
    }
}
