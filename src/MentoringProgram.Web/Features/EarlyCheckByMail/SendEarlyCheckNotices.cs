using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Email;
using MentoringProgram.Web.Email.Templates;
using MentoringProgram.Web.Features.EarlyCheckByMail.Mails;
using MentoringProgram.Web.Features.SignedLinks;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.EarlyCheckByMail;

/// <summary>
/// When the early check opens (<see cref="EarlyCheck"/>: the second held meeting or 30 days in), each member who has
/// not answered it in the app gets one mail asking "Is this working?" with the same three answers as signed links
/// (docs/adr/0017). Daily and idempotent: the mail's key names the pairing and the member, and the nonce behind a
/// member's links is made only with a mail that is new. A day the job missed is caught up for a week; pairings whose
/// check opened longer ago are not mailed. The scan reads every candidate in one statement.
/// </summary>
public sealed class SendEarlyCheckNotices(AppDbContext db, EmailOutbox outbox, MailRenderer mail, SignedLink links, AppLinks appLinks,
    TimeProvider clock, ILogger<SendEarlyCheckNotices> logger)
{
    public const int CatchUpDays = 7;

    public static string Key(int pairingId, int staffId) => $"early-check:{pairingId}:{staffId}";

    // Another instance's run of this job can queue the same mails first: see JobRunCollision.
    public Task<int> RunAsync(CancellationToken cancellationToken) =>
        JobRunCollision.RetryAsync(db, logger, "Early-check mails", QueueAsync, cancellationToken);

    private async Task<int> QueueAsync(CancellationToken cancellationToken)
    {
        // The check opens at most 30 days after the start, so only pairings started in the last 30 days and the catch-up
        // week (a day either side for the zones) can be due and not yet past catching up.
        var utcToday = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var from = utcToday.AddDays(-EarlyCheck.DaysAfterStart - CatchUpDays - 1);
        var to = utcToday.AddDays(1);
        var pairings = await db.Pairings.AsNoTracking().Where(p => p.Status == PairingStatus.Active && p.StartsOn >= from && p.StartsOn <= to)
            .Select(p => new
            {
                p.Id, p.StartsOn, p.EndsOn, Program = p.Cycle!.Program!.Name, p.Cycle.Program.TimeZoneId,
                HeldOn = db.Meetings.Where(m => m.PairingId == p.Id).Where(Meeting.Held).OrderBy(m => m.HeldOn).Select(m => m.HeldOn).Take(EarlyCheck.MeetingsHeld).ToList(),
                Answered = db.EarlyCheckAnswers.Where(a => a.PairingId == p.Id).Select(a => a.StaffId).ToList(),
                Mentee = new Person(p.MenteeStaffId, p.Mentee!.FullName, p.Mentee.WorkEmail),
                Mentor = new Person(p.MentorStaffId, p.Mentor!.FullName, p.Mentor.WorkEmail),
            })
            .ToListAsync(cancellationToken);
        var mails = pairings
            .Where(p =>
            {
                var today = clock.TodayIn(TimeZones.FindOrUtc(p.TimeZoneId));
                return EarlyCheck.IsDue(PairingStatus.Active, p.StartsOn, p.HeldOn, today) && today.DayNumber - EarlyCheck.DueOn(p.StartsOn, p.HeldOn).DayNumber < CatchUpDays;
            })
            .SelectMany(p => new[] { (Pairing: p, To: p.Mentee, Other: p.Mentor), (Pairing: p, To: p.Mentor, Other: p.Mentee) })
            .Where(m => !m.Pairing.Answered.Contains(m.To.StaffId))
            // The same order in every run, so two instances insert in the same order and wait rather than deadlock.
            .OrderBy(m => Key(m.Pairing.Id, m.To.StaffId), StringComparer.Ordinal)
            .ToList();
        var queued = await outbox.QueueNewAsync(mails, m => Key(m.Pairing.Id, m.To.StaffId), async m =>
        {
            // The links work while the pairing's term lasts; answering in the app first leaves them nothing to do.
            var nonce = SignedLink.NewNonce(SignedLinkPurpose.EarlyCheck, m.Pairing.Id, m.To.StaffId, m.Pairing.EndsOn, TimeZones.FindOrUtc(m.Pairing.TimeZoneId));
            db.SignedLinkNonces.Add(nonce);
            string Link(EarlyCheckReply reply) => appLinks.Action(nameof(EarlyCheckLinkController.Answer), "EarlyCheckLink",
                new { token = links.Token(SignedLinkPurpose.EarlyCheck, new SignedLink.Claim(nonce.Id, m.Pairing.Id, m.To.StaffId, (int)reply)) });
            return new OutgoingMail(Key(m.Pairing.Id, m.To.StaffId), m.To.Email, m.To.Name, await mail.RenderAsync(new EarlyCheckMail
            {
                PersonName = m.To.Name, OtherName = m.Other.Name, ProgramName = m.Pairing.Program, EndsOn = m.Pairing.EndsOn,
                YesLink = Link(EarlyCheckReply.Yes), NotSureLink = Link(EarlyCheckReply.NotSure), NoLink = Link(EarlyCheckReply.No),
            }));
        }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        logger.LogInformation("Early-check mails: {Candidates} recent pairings, {Queued} mails queued", pairings.Count, queued);
        return queued;
    }

    private sealed record Person(int StaffId, string Name, string Email);
}
