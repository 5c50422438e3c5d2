using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Email;
using MentoringProgram.Web.Email.Templates;
using MentoringProgram.Web.Features.CheckIns.Mails;
using MentoringProgram.Web.Features.SignedLinks;
using MentoringProgram.Web.Jobs;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.CheckIns;

/// <summary>
/// The coordinator's check-in by mail (seed 002): every few weeks from a pairing's start (<see cref="CheckInSchedule"/>,
/// <see cref="JobsOptions.CheckInWeeks"/>), the mentee is asked "How is it going?" with three signed one-click answers
/// (docs/adr/0017). Daily and idempotent: the mail's key names the pairing and the period, and the nonce behind the links
/// is made only with a mail that is new. The scan reads every active pairing in one statement and decides in memory.
/// </summary>
public sealed class SendCheckInNotices(AppDbContext db, EmailOutbox outbox, MailRenderer mail, SignedLink links, AppLinks appLinks, JobsOptions options,
    TimeProvider clock, ILogger<SendCheckInNotices> logger)
{
    public static string Key(int pairingId, int period) => $"check-in:{pairingId}:{period}";

    // Another instance's run of this job can queue the same mails first: see JobRunCollision.
    public Task<int> RunAsync(CancellationToken cancellationToken) =>
        JobRunCollision.RetryAsync(db, logger, "Check-in mails", QueueAsync, cancellationToken);

    private async Task<int> QueueAsync(CancellationToken cancellationToken)
    {
        var weeks = options.CheckInWeeks;
        var pairings = await db.Pairings.AsNoTracking().Where(p => p.Status == PairingStatus.Active)
            .Select(p => new
            {
                p.Id, p.StartsOn, p.EndsOn, Program = p.Cycle!.Program!.Name, p.Cycle.Program.TimeZoneId,
                Mentee = p.Mentee!.FullName, p.Mentee.WorkEmail, p.MenteeStaffId, Mentor = p.Mentor!.FullName,
            })
            .ToListAsync(cancellationToken);
        var mails = pairings
            .Select(p => (Pairing: p, Period: CheckInSchedule.MailOn(p.StartsOn, p.EndsOn, weeks, clock.TodayIn(TimeZones.FindOrUtc(p.TimeZoneId)))))
            .Where(m => m.Period is not null)
            .Select(m => (m.Pairing, Period: m.Period!.Value))
            // The same order in every run, so two instances insert in the same order and wait rather than deadlock.
            .OrderBy(m => Key(m.Pairing.Id, m.Period), StringComparer.Ordinal)
            .ToList();
        var queued = await outbox.QueueNewAsync(mails, m => Key(m.Pairing.Id, m.Period), async m =>
        {
            // The links work until the next check-in opens, or to the term's end.
            var lastDay = CheckInSchedule.LastDayOf(m.Pairing.StartsOn, m.Pairing.EndsOn, weeks, m.Period);
            var nonce = SignedLink.NewNonce(SignedLinkPurpose.CheckIn, m.Pairing.Id, m.Pairing.MenteeStaffId, lastDay, TimeZones.FindOrUtc(m.Pairing.TimeZoneId));
            db.SignedLinkNonces.Add(nonce);
            string Link(CheckInReply reply) => appLinks.Action(nameof(CheckInController.Answer), "CheckIn",
                new { token = links.Token(SignedLinkPurpose.CheckIn, new SignedLink.Claim(nonce.Id, m.Pairing.Id, m.Pairing.MenteeStaffId, CheckInLinkAnswer.Of(m.Period, reply))) });
            return new OutgoingMail(Key(m.Pairing.Id, m.Period), m.Pairing.WorkEmail, m.Pairing.Mentee, await mail.RenderAsync(new CheckInMail
            {
                PersonName = m.Pairing.Mentee, OtherName = m.Pairing.Mentor, ProgramName = m.Pairing.Program, LastDay = lastDay,
                GoingWellLink = Link(CheckInReply.GoingWell), CouldBeBetterLink = Link(CheckInReply.CouldBeBetter), GetInTouchLink = Link(CheckInReply.GetInTouch),
            }));
        }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        logger.LogInformation("Check-in mails: {Candidates} active pairings, {Queued} mails queued", pairings.Count, queued);
        return queued;
    }
}
