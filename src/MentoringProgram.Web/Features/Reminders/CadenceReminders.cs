using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Email;
using MentoringProgram.Web.Email.Templates;
using MentoringProgram.Web.Features.Reminders.Mails;
using MentoringProgram.Web.Jobs;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Reminders;

/// <summary>
/// The daily cadence reminders: every active pairing is read in one statement with its held meetings' days, the rule
/// (<see cref="PairingReminder"/>) says who is owed which reminder today, the outbox is asked in one statement which of
/// those were sent before, and the rest are queued and saved together. A second run the same day, a retried job or a
/// second instance queues nothing twice: each mail's key names the pairing, the checkpoint and the person, and the
/// outbox's unique key stops a race the look-up missed. Mails hold dates and counts, never what the pair wrote.
/// </summary>
public sealed class CadenceReminders(AppDbContext db, EmailOutbox outbox, MailRenderer mail, JobsOptions options, TimeProvider clock, ILogger<CadenceReminders> logger)
{
    // Another instance's run of this job can queue the same mails first: see JobRunCollision.
    public Task<int> RunAsync(CancellationToken cancellationToken) =>
        JobRunCollision.RetryAsync(db, logger, "Cadence reminders", QueueAsync, cancellationToken);

    private async Task<int> QueueAsync(CancellationToken cancellationToken)
    {
        var pairings = await db.Pairings.AsNoTracking().Where(p => p.Status == PairingStatus.Active)
            .Select(p => new
            {
                p.Id, p.StartsOn, p.EndsOn, Program = p.Cycle!.Program!.Name, p.Cycle.Program.TimeZoneId, p.Cycle.Program.Cadence,
                Mentee = new Person(p.Mentee!.FullName, p.Mentee.WorkEmail),
                Mentor = new Person(p.Mentor!.FullName, p.Mentor.WorkEmail),
                Held = db.Meetings.Where(m => m.PairingId == p.Id).Where(Meeting.Held).Select(m => m.HeldOn).ToList(),
            })
            .ToListAsync(cancellationToken);
        var reminders = pairings.SelectMany(p => PairingReminder.For(p.Id, p.Cadence, p.StartsOn, p.EndsOn, p.Held,
            clock.TodayIn(TimeZones.FindOrUtc(p.TimeZoneId)), options.FirstContactDays).Select(due => (Pairing: p, Due: due))).ToList();
        var queued = await outbox.QueueNewAsync(reminders, r => r.Due.Key, async r =>
        {
            var (p, due) = r;
            var (to, other) = due.ToMentee ? (p.Mentee, p.Mentor) : (p.Mentor, p.Mentee);
            return new OutgoingMail(due.Key, to.Email, to.Name, await mail.RenderAsync(new MeetingReminderMail
            {
                PersonName = to.Name, OtherName = other.Name, OtherEmail = other.Email, ProgramName = p.Program, PairingId = p.Id,
                Kind = due.Kind, ToMentee = due.ToMentee, DueBy = due.DueBy, DueByThen = due.DueByThen, Held = due.Held, StartsOn = p.StartsOn,
            }));
        }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        logger.LogInformation("Cadence reminders: {Pairings} active pairings read, {Queued} reminders queued", pairings.Count, queued);
        return queued;
    }

    private sealed record Person(string Name, string Email);
}
