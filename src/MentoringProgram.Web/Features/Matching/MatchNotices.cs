using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Domain.Matching;
using MentoringProgram.Web.Email;
using MentoringProgram.Web.Email.Templates;
using MentoringProgram.Web.Features.Matching.Mails;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Matching;

/// <summary>The mail a confirmed match causes: each member is introduced to the other. Queued on the caller's
/// DbContext, so it commits with the confirmation; keyed by pairing and person, so a replay queues nothing twice.</summary>
public sealed class MatchNotices(AppDbContext db, EmailOutbox outbox, MailRenderer mail)
{
    public async Task IntroduceAsync(Pairing pairing, CancellationToken cancellationToken)
    {
        var facts = await db.Pairings.AsNoTracking().Where(p => p.Id == pairing.Id)
            .Select(p => new
            {
                p.Cycle!.Program!.Name, p.Cycle.Program.Expectations,
                Goals = db.MenteeRequests.Where(r => r.Id == p.MenteeRequestId).Select(r => r.Goals).FirstOrDefault(),
                // Ways of meeting as each gave them for this cycle, on the request and on the offer.
                Mentee = new Person(p.Mentee!.FullName, p.Mentee.WorkEmail, p.Mentee.JobTitle, p.Mentee.Department != null ? p.Mentee.Department.Name : null,
                    db.MenteeRequests.Where(r => r.Id == p.MenteeRequestId).Select(r => r.PreferredContact).FirstOrDefault()),
                Mentor = new Person(p.Mentor!.FullName, p.Mentor.WorkEmail, p.Mentor.JobTitle, p.Mentor.Department != null ? p.Mentor.Department.Name : null,
                    db.MentorVolunteers.Where(v => v.Id == p.MentorVolunteerId).Select(v => v.PreferredContact).FirstOrDefault()),
            })
            .SingleAsync(cancellationToken);
        var reasons = MatchReasonLines.Split(pairing.MatchReason);
        IntroductionMail To(Person person, Person other, bool forMentor) => new()
        {
            PersonName = person.Name, ProgramName = facts.Name, ForMentor = forMentor,
            OtherName = other.Name, OtherEmail = other.Email, OtherJobTitle = other.JobTitle, OtherDepartment = other.Department,
            OtherContact = other.Contact == ContactMethods.None ? null : other.Contact.Describe(),
            StartsOn = pairing.StartsOn, EndsOn = pairing.EndsOn, Reasons = reasons, Note = pairing.IntroductionNote,
            MenteeGoals = forMentor ? facts.Goals : null, Expectations = facts.Expectations,
        };
        await outbox.QueueAllAsync(
        [
            new OutgoingMail($"introduction:{pairing.Id}:mentor", facts.Mentor.Email, facts.Mentor.Name, await mail.RenderAsync(To(facts.Mentor, facts.Mentee, forMentor: true))),
            new OutgoingMail($"introduction:{pairing.Id}:mentee", facts.Mentee.Email, facts.Mentee.Name, await mail.RenderAsync(To(facts.Mentee, facts.Mentor, forMentor: false))),
        ], cancellationToken);
    }

    private sealed record Person(string Name, string Email, string? JobTitle, string? Department, ContactMethods Contact);
}
