using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Email;
using MentoringProgram.Web.Email.Templates;
using MentoringProgram.Web.Features.Surveys.Mails;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Surveys;

/// <summary>
/// Asks each pairing's members their surveys at the right moment (<see cref="SurveyMoment"/>, docs/adr/0021): an
/// invitation once the survey is due, one reminder seven days after it while still unanswered, nothing once submitted
/// or once the moment is over 60 days old. Daily and idempotent: each mail's key names the survey, the pairing and the
/// person, so a rerun or a second instance mails nobody twice. The scan costs the same statements whatever the number of
/// pairings: the due surveys (one), the invitations and reminders already sent (one), and when there is something new,
/// the outbox's own key check and the insert.
/// </summary>
public sealed class SendSurveyNotices(AppDbContext db, EmailOutbox outbox, MailRenderer mail, TimeProvider clock, ILogger<SendSurveyNotices> logger)
{
    public static string InvitationKey(int surveyId, int pairingId, int staffId) => $"survey:{surveyId}:{pairingId}:{staffId}";

    public static string ReminderKey(int surveyId, int pairingId, int staffId) => $"survey-reminder:{surveyId}:{pairingId}:{staffId}";

    // Another instance's run of this job can queue the same mails first: see JobRunCollision.
    public Task<int> RunAsync(CancellationToken cancellationToken) =>
        JobRunCollision.RetryAsync(db, logger, "Survey mails", QueueAsync, cancellationToken);

    private async Task<int> QueueAsync(CancellationToken cancellationToken)
    {
        var open = (await SurveyAsks.LoadAsync(db, clock, _ => true, cancellationToken)).Where(a => !a.IsSubmitted).ToList();
        // The invitations and reminders already queued, with when: a quiet run stops here.
        var keys = open.SelectMany(a => new[] { InvitationKey(a.SurveyId, a.PairingId, a.StaffId), ReminderKey(a.SurveyId, a.PairingId, a.StaffId) }).ToList();
        var sent = await db.OutboxMessages.AsNoTracking()
            .Where(m => EF.Parameter(keys).Contains(m.DeduplicationKey))
            .Select(m => new { m.DeduplicationKey, m.CreatedAt })
            .ToDictionaryAsync(m => m.DeduplicationKey, m => m.CreatedAt, StringComparer.Ordinal, cancellationToken);
        var mails = new List<(SurveyAsk Ask, bool Reminder)>();
        foreach (var ask in open)
        {
            if (!sent.TryGetValue(InvitationKey(ask.SurveyId, ask.PairingId, ask.StaffId), out var invitedAt))
            {
                mails.Add((ask, false));
            }
            else if (!sent.ContainsKey(ReminderKey(ask.SurveyId, ask.PairingId, ask.StaffId)) && SurveyMoment.IsReminderDay(LocalMoment.DayOf(invitedAt, TimeZones.FindOrUtc(ask.TimeZoneId)), ask.Today))
            {
                mails.Add((ask, true));
            }
        }
        // The same order in every run, so two instances insert in the same order and wait rather than deadlock.
        mails.Sort((a, b) => string.CompareOrdinal(Key(a), Key(b)));
        var queued = await outbox.QueueNewAsync(mails, Key, async m => new OutgoingMail(Key(m), m.Ask.WorkEmail, m.Ask.PersonName,
            await mail.RenderAsync(new SurveyInvitationMail
            {
                PersonName = m.Ask.PersonName, OtherName = m.Ask.OtherName, ProgramName = m.Ask.ProgramName, SurveyTitle = m.Ask.SurveyTitle,
                PairingId = m.Ask.PairingId, SurveyId = m.Ask.SurveyId, LastDay = m.Ask.LastDay, Reminder = m.Reminder,
            })), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        logger.LogInformation("Survey mails: {Open} surveys waiting for an answer, {Queued} mails queued", open.Count, queued);
        return queued;
    }

    private static string Key((SurveyAsk Ask, bool Reminder) mail) => mail.Reminder
        ? ReminderKey(mail.Ask.SurveyId, mail.Ask.PairingId, mail.Ask.StaffId)
        : InvitationKey(mail.Ask.SurveyId, mail.Ask.PairingId, mail.Ask.StaffId);
}
