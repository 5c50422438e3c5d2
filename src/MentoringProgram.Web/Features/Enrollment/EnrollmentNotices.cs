using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Email;
using MentoringProgram.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Enrollment;

/// <summary>
/// The mail that enrollment causes, queued on the caller's DbContext so it commits with the change.
/// Keys name the event (who, what, when), so a repeated event never queues a second message.
/// </summary>
public sealed class EnrollmentNotices(EmailOutbox outbox, AppLinks links, AppDbContext db)
{
    public Task RequestSubmittedAsync(StaffMember applicant, MentorshipProgram program, ProgramCycle cycle, MenteeRequest request, CancellationToken cancellationToken) =>
        SendAsync($"request-submitted:{cycle.Id}:{applicant.Id}:{request.SubmittedAt.UtcTicks}", applicant, program,
            new($"Your mentor request for {program.Name} is in",
            [
                $"Thank you for asking for a mentor in {program.Name} ({cycle.Name}).",
                $"The coordinator matches pairs after enrollment closes on {cycle.EnrollmentDeadline:d MMMM yyyy}. You will hear from us by email when you have a mentor. You can change or withdraw your request until then.",
            ], "See your request", "/My"),
            new($"New mentor request: {applicant.FullName}",
                [$"{applicant.FullName} ({applicant.WorkEmail}) asked for a mentor in {program.Name} ({cycle.Name})."],
                "See all requests", $"/Programs/{program.Id}/Requests"),
            cancellationToken);

    public Task RequestWithdrawnAsync(StaffMember applicant, MentorshipProgram program, MenteeRequest request, CancellationToken cancellationToken) =>
        SendAsync($"request-withdrawn:{request.Id}:{request.WithdrawnAt!.Value.UtcTicks}", applicant, program,
            new($"You withdrew your mentor request for {program.Name}",
                ["Your request for a mentor is withdrawn. If you change your mind while enrollment is open, you can ask again."],
                "Your mentoring", "/My"),
            new($"Mentor request withdrawn: {applicant.FullName}",
                [$"{applicant.FullName} withdrew their request for a mentor in {program.Name}."],
                "See all requests", $"/Programs/{program.Id}/Requests"),
            cancellationToken);

    public Task VolunteerSubmittedAsync(StaffMember volunteer, MentorshipProgram program, ProgramCycle cycle, MentorVolunteer offer, CancellationToken cancellationToken) =>
        SendAsync($"volunteer-submitted:{cycle.Id}:{volunteer.Id}:{offer.SubmittedAt.UtcTicks}", volunteer, program,
            new($"Thank you for volunteering as a mentor in {program.Name}",
            [
                $"Thank you for offering to mentor up to {offer.Capacity} colleague(s) in {program.Name} ({cycle.Name}).",
                "The coordinator will confirm your place and any mentor training before matching begins.",
            ], "See your offer", "/My"),
            new($"New mentor volunteer: {volunteer.FullName}",
                [$"{volunteer.FullName} ({volunteer.WorkEmail}) volunteered to mentor up to {offer.Capacity} in {program.Name} ({cycle.Name}). Approve them when they are ready to be matched."],
                "Review volunteers", $"/Programs/{program.Id}/Volunteers"),
            cancellationToken);

    public Task VolunteerWithdrawnAsync(StaffMember volunteer, MentorshipProgram program, MentorVolunteer offer, DateTimeOffset at, CancellationToken cancellationToken) =>
        SendAsync($"volunteer-withdrawn:{offer.Id}:{at.UtcTicks}", volunteer, program,
            new($"You withdrew your mentor offer for {program.Name}",
                ["Your offer to mentor is withdrawn. Thank you for considering it; you can volunteer again while enrollment is open."],
                "Your mentoring", "/My"),
            new($"Mentor offer withdrawn: {volunteer.FullName}",
                [$"{volunteer.FullName} withdrew their offer to mentor in {program.Name}."],
                "Review volunteers", $"/Programs/{program.Id}/Volunteers"),
            cancellationToken);

    private sealed record Notice(string Subject, IReadOnlyList<string> Paragraphs, string LinkText, string Path);

    /// <summary>One event's mail: a note to the person who acted and a notice to every coordinator.</summary>
    private async Task SendAsync(string eventKey, StaffMember person, MentorshipProgram program, Notice toPerson, Notice toCoordinators, CancellationToken cancellationToken)
    {
        await outbox.QueueAsync(eventKey, person.WorkEmail, person.FullName,
            EmailContent.Compose(toPerson.Subject, $"Hello {person.FullName},", toPerson.Paragraphs, toPerson.LinkText, links.To(toPerson.Path)), cancellationToken);
        await NotifyCoordinatorsAsync(eventKey, program, toCoordinators.Subject, toCoordinators.Paragraphs, toCoordinators.LinkText, links.To(toCoordinators.Path), cancellationToken);
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
