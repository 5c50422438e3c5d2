using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Email;
using MentoringProgram.Web.Email.Templates;
using MentoringProgram.Web.Features.Enrollment.Mails;
using MentoringProgram.Web.Features.Programs;

namespace MentoringProgram.Web.Features.Enrollment;

/// <summary>
/// The mail that enrollment causes, queued on the caller's DbContext so it commits with the change.
/// Keys name the event (who, what, when), so a repeated event never queues a second message.
/// </summary>
public sealed class EnrollmentNotices(EmailOutbox outbox, MailRenderer mail, ProgramNoticeRecipients recipients)
{
    public Task RequestSubmittedAsync(StaffMember applicant, MentorshipProgram program, ProgramCycle cycle, MenteeRequest request, CancellationToken cancellationToken) =>
        SendAsync($"request-submitted:{cycle.Id}:{applicant.Id}:{request.SubmittedAt.UtcTicks}", applicant, program,
            new RequestSubmittedMail { PersonName = applicant.FullName, ProgramName = program.Name, CycleName = cycle.Name, EnrollmentDeadline = cycle.EnrollmentDeadline },
            new RequestSubmittedNotice { ApplicantName = applicant.FullName, ApplicantEmail = applicant.WorkEmail, ProgramId = program.Id, ProgramName = program.Name, CycleName = cycle.Name },
            cancellationToken);

    public Task RequestWithdrawnAsync(StaffMember applicant, MentorshipProgram program, MenteeRequest request, CancellationToken cancellationToken) =>
        SendAsync($"request-withdrawn:{request.Id}:{request.WithdrawnAt!.Value.UtcTicks}", applicant, program,
            new RequestWithdrawnMail { PersonName = applicant.FullName, ProgramName = program.Name },
            new RequestWithdrawnNotice { ApplicantName = applicant.FullName, ProgramId = program.Id, ProgramName = program.Name },
            cancellationToken);

    public Task VolunteerSubmittedAsync(StaffMember volunteer, MentorshipProgram program, ProgramCycle cycle, MentorVolunteer offer, CancellationToken cancellationToken) =>
        SendAsync($"volunteer-submitted:{cycle.Id}:{volunteer.Id}:{offer.SubmittedAt.UtcTicks}", volunteer, program,
            new VolunteerSubmittedMail { PersonName = volunteer.FullName, ProgramName = program.Name, CycleName = cycle.Name, Capacity = offer.Capacity },
            new VolunteerSubmittedNotice
            {
                VolunteerName = volunteer.FullName, VolunteerEmail = volunteer.WorkEmail, Capacity = offer.Capacity,
                ProgramId = program.Id, ProgramName = program.Name, CycleName = cycle.Name,
            },
            cancellationToken);

    public Task VolunteerWithdrawnAsync(StaffMember volunteer, MentorshipProgram program, MentorVolunteer offer, DateTimeOffset at, CancellationToken cancellationToken) =>
        SendAsync($"volunteer-withdrawn:{offer.Id}:{at.UtcTicks}", volunteer, program,
            new VolunteerWithdrawnMail { PersonName = volunteer.FullName, ProgramName = program.Name },
            new VolunteerWithdrawnNotice { VolunteerName = volunteer.FullName, ProgramId = program.Id, ProgramName = program.Name },
            cancellationToken);

    /// <summary>One event's mail: a note to the person who acted and a notice to each of the program's recipients,
    /// queued together (one look-up of the event keys).</summary>
    private async Task SendAsync(string eventKey, StaffMember person, MentorshipProgram program, MailTemplate toPerson, MailTemplate toCoordinators, CancellationToken cancellationToken)
    {
        var notice = await mail.RenderAsync(toCoordinators);
        var mails = new List<OutgoingMail> { new(eventKey, person.WorkEmail, person.FullName, await mail.RenderAsync(toPerson)) };
        mails.AddRange((await recipients.ForAsync(program, cancellationToken))
            .Select(address => new OutgoingMail($"{eventKey}:coordinator:{address}", address, null, notice)));
        await outbox.QueueAllAsync(mails, cancellationToken);
    }
}
