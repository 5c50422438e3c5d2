using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Email;
using MentoringProgram.Web.Email.Templates;
using MentoringProgram.Web.Features.Digest.Mails;
using MentoringProgram.Web.Features.Pairings;
using MentoringProgram.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Digest;

/// <summary>
/// The coordinators' weekly digest (issue 14): one mail per coordinator per ISO week in the library's zone, through the
/// outbox, with last week's new requests per program, the active pairs behind their meeting rhythm (the same
/// <see cref="CadenceStanding"/> as the progress board), the open flags (end requests, early-check "no") per cycle, and
/// the mail that failed, each with a link to the page that shows it. Counts and program and cycle names only.
/// It goes to every login with the Coordinator role: per-program coordinators have no access to these pages yet
/// (<see cref="Programs.ProgramNoticeRecipients"/>), so a link would lead them nowhere. A week with nothing to report
/// sends nothing. Five statements whatever the number of pairings (pairings, programs, failed mail, coordinators, the
/// outbox's keys), then the save; idempotent and safe with several instances: each
/// mail's key names the coordinator and the week, and the outbox's unique key stops a race the look-up missed.
/// </summary>
public sealed class CoordinatorDigest(AppDbContext db, EmailOutbox outbox, MailRenderer mail, LibraryCalendar library, TimeProvider clock, ILogger<CoordinatorDigest> logger)
{
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await QueueAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another instance queued the same digests between the look-up and the save: look again.
            logger.LogInformation("The coordinator digest collided with another run; checking again");
            db.ChangeTracker.Clear();
            return await QueueAsync(cancellationToken);
        }
    }

    public static string KeyFor(string userId, DigestWeek week) => $"digest:{userId}:{week.Key}";

    private async Task<int> QueueAsync(CancellationToken cancellationToken)
    {
        var report = await ReportAsync(DigestWeek.Of(clock.GetUtcNow(), library.Zone), cancellationToken);
        if (report.IsEmpty)
        {
            logger.LogInformation("Coordinator digest for {Week}: nothing to report, nothing sent", report.Week.Key);
            return 0;
        }
        var coordinators = await db.Users.AsNoTracking()
            .Where(u => u.Email != null && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Coordinator)))
            .OrderBy(u => u.Id).Select(u => new { u.Id, Email = u.Email! })
            .ToListAsync(cancellationToken);
        var queued = await outbox.QueueNewAsync(coordinators, c => KeyFor(c.Id, report.Week), async c =>
            new OutgoingMail(KeyFor(c.Id, report.Week), c.Email, null, await mail.RenderAsync(new CoordinatorDigestMail { Report = report })), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        logger.LogInformation("Coordinator digest for {Week}: {Queued} of {Coordinators} coordinators' digests queued", report.Week.Key, queued, coordinators.Count);
        return queued;
    }

    private async Task<DigestReport> ReportAsync(DigestWeek week, CancellationToken cancellationToken)
    {
        var pairings = await db.Pairings.AsNoTracking().Where(p => p.Status == PairingStatus.Active)
            .Select(p => new
            {
                p.CycleId, CycleName = p.Cycle!.Name, p.Cycle.ProgramId, p.Cycle.Program!.Cadence, p.Cycle.Program.TimeZoneId, p.StartsOn, p.EndsOn,
                Held = db.Meetings.Where(m => m.PairingId == p.Id).Where(Meeting.Held).Select(m => m.HeldOn).ToList(),
                EndRequested = db.PairingEndRequests.Any(r => r.PairingId == p.Id && r.Status == EndRequestStatus.Open),
                EarlyCheckNo = db.EarlyCheckAnswers.Any(a => a.PairingId == p.Id && a.Reply == EarlyCheckReply.No),
            })
            .ToListAsync(cancellationToken);
        var programs = await db.Programs.AsNoTracking().OrderBy(p => p.Name).ThenBy(p => p.Id)
            .Select(p => new
            {
                p.Id, p.Name,
                NewRequests = db.MenteeRequests.Count(r => r.Cycle!.ProgramId == p.Id && r.Status != RequestStatus.Withdrawn
                    && r.SubmittedAt >= week.PreviousStarts && r.SubmittedAt < week.Starts),
            })
            .ToListAsync(cancellationToken);
        var failed = await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Failed, cancellationToken);

        var cycles = pairings
            .GroupBy(p => (p.ProgramId, p.CycleId, p.CycleName))
            .Select(g => (g.Key.ProgramId, Cycle: new DigestReport.Cycle(g.Key.CycleId, g.Key.CycleName, g.Count(),
                g.Count(p => CadenceStanding.Of(p.Cadence, p.StartsOn, p.EndsOn, p.Held, clock.TodayIn(TimeZones.FindOrUtc(p.TimeZoneId))).Status == CadenceStatus.Behind),
                g.Count(p => p.EndRequested), g.Count(p => p.EarlyCheckNo))))
            .Where(c => c.Cycle.Behind + c.Cycle.EndRequests + c.Cycle.EarlyCheckNo > 0)
            .OrderBy(c => c.Cycle.CycleId)
            .ToList();
        var sections = programs
            .Select(p => new DigestReport.Program(p.Id, p.Name, p.NewRequests,
                [.. cycles.Where(c => c.ProgramId == p.Id).Select(c => c.Cycle)]))
            .Where(p => p.NewRequests > 0 || p.Cycles.Count > 0)
            .ToList();
        return new DigestReport(week, sections, failed);
    }
}
