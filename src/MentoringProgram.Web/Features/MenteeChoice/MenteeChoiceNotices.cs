using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Domain.Matching;
using MentoringProgram.Web.Email;
using MentoringProgram.Web.Email.Templates;
using MentoringProgram.Web.Features.MenteeChoice.Mails;
using MentoringProgram.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.MenteeChoice;

/// <summary>The mail a mentee's ask causes, queued on the caller's DbContext so it commits with the change that
/// caused it. Keys name the ask and the person, so a replayed request or a second job run queues nothing twice.</summary>
public sealed class MenteeChoiceNotices(AppDbContext db, EmailOutbox outbox, MailRenderer mail)
{
    /// <summary>The mentor hears that a mentee chose them, with what they need to decide.</summary>
    /// <param name="askKey">Unique to this ask: the pairing has no id until it is saved, with this mail.</param>
    public async Task AskedAsync(string askKey, int requestId, MentorFacts mentor, IReadOnlyList<string> topics, IReadOnlyList<string> reasons,
        DateTimeOffset answerDue, CancellationToken cancellationToken)
    {
        var facts = await db.MenteeRequests.AsNoTracking().Where(r => r.Id == requestId)
            .Select(r => new
            {
                Program = r.Cycle!.Program!.Name, r.Cycle.Program.TimeZoneId, r.Goals,
                Mentee = r.StaffMember!.FullName, r.StaffMember.JobTitle, Department = r.StaffMember.Department != null ? r.StaffMember.Department.Name : null,
            })
            .SingleAsync(cancellationToken);
        await outbox.QueueAsync($"ask:{askKey}:mentor", mentor.WorkEmail, mentor.Name, await mail.RenderAsync(new MentorAskedMail
        {
            PersonName = mentor.Name, ProgramName = facts.Program, MenteeName = facts.Mentee, MenteeJobTitle = facts.JobTitle,
            MenteeDepartment = facts.Department, MenteeGoals = facts.Goals, Topics = topics, Reasons = reasons,
            AnswerDue = TimeDisplay.Text(answerDue, TimeZones.FindOrUtc(facts.TimeZoneId), "d MMMM yyyy, HH:mm"),
        }), cancellationToken);
    }

    /// <summary>An ask ended without a pairing: the mentee is sent back to choose (unless they ended it themselves), and
    /// the mentor told it is gone (unless they ended it themselves).</summary>
    public async Task EndedAsync(Pairing ask, AskEnding ending, CancellationToken cancellationToken)
    {
        var facts = await db.Pairings.AsNoTracking().Where(p => p.Id == ask.Id)
            .Select(p => new
            {
                Program = p.Cycle!.Program!.Name,
                Mentee = new { p.Mentee!.FullName, p.Mentee.WorkEmail },
                Mentor = new { p.Mentor!.FullName, p.Mentor.WorkEmail },
            })
            .SingleAsync(cancellationToken);
        var mails = new List<OutgoingMail>();
        if (ending != AskEnding.TakenBack)
        {
            mails.Add(new($"ask-ended:{ask.Id}:mentee", facts.Mentee.WorkEmail, facts.Mentee.FullName, await mail.RenderAsync(new AskClosedMail
            {
                PersonName = facts.Mentee.FullName, ProgramName = facts.Program, MentorName = facts.Mentor.FullName, RequestId = ask.MenteeRequestId, Ending = ending,
            })));
        }
        if (ending != AskEnding.Declined)
        {
            mails.Add(new($"ask-ended:{ask.Id}:mentor", facts.Mentor.WorkEmail, facts.Mentor.FullName, await mail.RenderAsync(new AskWithdrawnMail
            {
                PersonName = facts.Mentor.FullName, ProgramName = facts.Program, MenteeName = facts.Mentee.FullName, Ending = ending,
            })));
        }
        await outbox.QueueAllAsync(mails, cancellationToken);
    }
}
