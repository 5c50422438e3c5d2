using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Email;
using MentoringProgram.Web.Email.Templates;
using MentoringProgram.Web.Features.Continuation.Mails;
using MentoringProgram.Web.Features.SignedLinks;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Continuation;

/// <summary>
/// Two to three weeks before a term ends (seed 002), both members of each active pairing get a mail with two signed
/// links, "continue for another term" and "end as planned". Daily and idempotent: the mail's key names the pairing, the
/// term's last day and the member, and the single-use nonce behind a member's links is created only with a mail that
/// is new, so a second run queues nothing and makes no nonce. The scan reads every candidate in one statement.
/// </summary>
public sealed class SendContinuationNotices(AppDbContext db, EmailOutbox outbox, MailRenderer mail, SignedLink links, AppLinks appLinks,
    TimeProvider clock, ILogger<SendContinuationNotices> logger)
{
    /// <summary>The notice goes out from this many days before the last day of the term...</summary>
    public const int FirstDay = ContinuationQuestion.OpensDaysBefore;

    /// <summary>...up to this many days before it, so a day the job missed is caught up.</summary>
    public const int LastDay = 14;

    // Another instance's run of this job can queue the same mails first: see JobRunCollision.
    public Task<int> RunAsync(CancellationToken cancellationToken) =>
        JobRunCollision.RetryAsync(db, logger, "Continuation notices", QueueAsync, cancellationToken);

    private async Task<int> QueueAsync(CancellationToken cancellationToken)
    {
        // Candidates by the UTC date, a day either side for the zones; each is checked against its program's today.
        var utcToday = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        var from = utcToday.AddDays(LastDay - 1);
        var to = utcToday.AddDays(FirstDay + 1);
        var pairings = await db.Pairings.AsNoTracking().Where(p => p.Status == PairingStatus.Active && p.EndsOn >= from && p.EndsOn <= to)
            .Select(p => new
            {
                p.Id, p.EndsOn, Program = p.Cycle!.Program!.Name, p.Cycle.Program.TimeZoneId, p.Cycle.Program.Renewable, p.Cycle.Program.TermCount, p.Cycle.Program.TermUnit,
                Mentee = new Person(p.MenteeStaffId, p.Mentee!.FullName, p.Mentee.WorkEmail),
                Mentor = new Person(p.MentorStaffId, p.Mentor!.FullName, p.Mentor.WorkEmail),
            })
            .ToListAsync(cancellationToken);
        var notices = pairings
            .Where(p =>
            {
                var daysLeft = p.EndsOn.DayNumber - clock.TodayIn(TimeZones.FindOrUtc(p.TimeZoneId)).DayNumber;
                return daysLeft is >= LastDay and <= FirstDay;
            })
            .SelectMany(p => new[] { (Pairing: p, To: p.Mentee, Other: p.Mentor, Role: "mentee"), (Pairing: p, To: p.Mentor, Other: p.Mentee, Role: "mentor") })
            .Select(n => (n.Pairing, n.To, n.Other, Key: $"continuation:{n.Pairing.Id}:{n.Pairing.EndsOn:yyyy-MM-dd}:{n.Role}"))
            .ToList();
        var queued = await outbox.QueueNewAsync(notices, n => n.Key, async n =>
        {
            // The links work to the end of the term's last day where the program is.
            var nonce = SignedLink.NewNonce(SignedLinkPurpose.Continuation, n.Pairing.Id, n.To.StaffId, n.Pairing.EndsOn, TimeZones.FindOrUtc(n.Pairing.TimeZoneId));
            db.SignedLinkNonces.Add(nonce);
            string Link(ContinuationChoice choice) => appLinks.Action(nameof(ContinuationController.Answer), "Continuation",
                new { token = links.Token(SignedLinkPurpose.Continuation, new SignedLink.Claim(nonce.Id, n.Pairing.Id, n.To.StaffId, (int)choice)) });
            return new OutgoingMail(n.Key, n.To.Email, n.To.Name, await mail.RenderAsync(new ContinuationMail
            {
                PersonName = n.To.Name, OtherName = n.Other.Name, ProgramName = n.Pairing.Program, EndsOn = n.Pairing.EndsOn, Renewable = n.Pairing.Renewable,
                NextTerm = new TermLength(n.Pairing.TermCount, n.Pairing.TermUnit).ToString(), ContinueLink = Link(ContinuationChoice.Continue), EndLink = Link(ContinuationChoice.End),
            }));
        }, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        logger.LogInformation("Continuation notices: {Candidates} pairings near their term's end, {Queued} notices queued", pairings.Count, queued);
        return queued;
    }

    private sealed record Person(int StaffId, string Name, string Email);
}
