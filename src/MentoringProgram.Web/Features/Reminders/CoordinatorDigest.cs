using System.Globalization;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Email;
using MentoringProgram.Web.Email.Templates;
using MentoringProgram.Web.Features.Pairings;
using MentoringProgram.Web.Features.Programs;
using MentoringProgram.Web.Features.Reminders.Mails;
using MentoringProgram.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Reminders;

/// <summary>
/// The coordinators' weekly digest (issue 14): per program, the mentee requests submitted in the last seven days; per
/// cycle, how many active pairings are behind their program's cadence (<see cref="CadenceStanding"/>) and which are
/// flagged (<see cref="PairingFlags"/>: an early-check "No", an open end request); and how many mails the outbox gave up
/// on. Names, dates and counts only: the scan never reads a note, the agreement, a meeting's topics or an end request's
/// message. Five statements whatever the data (coordinators, pairings, requests, failed mail, the outbox's keys) and one
/// save. Each coordinator's mail is keyed by the library's ISO week and their login, so a second run, a retried job or
/// another instance sends nobody a second digest that week; the outbox's unique key stops a race the look-up missed.
/// Who gets it and why an empty week sends nothing: docs/adr/0019-jobs-on-several-instances.md.
/// </summary>
public sealed class CoordinatorDigest(AppDbContext db, EmailOutbox outbox, MailRenderer mail, LibraryCalendar library, TimeProvider clock, ILogger<CoordinatorDigest> logger)
{
    public const int Days = 7;

    public sealed record CycleLine(int ProgramId, int CycleId, string CycleName, int Active, int Behind, IReadOnlyList<FlaggedPair> Flagged);

    public sealed record FlaggedPair(string MenteeName, string MentorName, IReadOnlyList<string> Flags);

    public sealed record ProgramLine(int ProgramId, string ProgramName, int NewRequests, IReadOnlyList<CycleLine> Cycles);

    /// <summary>What one week's digest says; the same for every coordinator.</summary>
    public sealed record Week(DateOnly Monday, IReadOnlyList<ProgramLine> Programs, int FailedMail)
    {
        public bool IsEmpty => FailedMail == 0 && Programs.All(p => p.NewRequests == 0 && p.Cycles.All(c => c.Behind == 0 && c.Flagged.Count == 0));
    }

    public static string Key(DateOnly day, string userId)
    {
        var date = day.ToDateTime(TimeOnly.MinValue);
        return string.Create(CultureInfo.InvariantCulture, $"coordinator-digest:{ISOWeek.GetYear(date)}-W{ISOWeek.GetWeekOfYear(date):D2}:{userId}");
    }

    // Another instance's run of this job can queue the same mails first: see JobRunCollision.
    public Task<int> RunAsync(CancellationToken cancellationToken) =>
        JobRunCollision.RetryAsync(db, logger, "The coordinator digest", QueueAsync, cancellationToken);

    private async Task<int> QueueAsync(CancellationToken cancellationToken)
    {
        var coordinators = await CoordinatorLogins.ListAsync(db, cancellationToken);
        if (coordinators.Count == 0)
        {
            return 0;
        }
        var week = await ReadWeekAsync(cancellationToken);
        if (week.IsEmpty)
        {
            logger.LogInformation("Coordinator digest: nothing new this week, no mail");
            return 0;
        }
        var today = library.Today();
        var queued = await outbox.QueueNewAsync(coordinators, c => Key(today, c.UserId), async c => new OutgoingMail(Key(today, c.UserId), c.Email, null,
            await mail.RenderAsync(new CoordinatorDigestMail { Digest = week })), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        db.ChangeTracker.Clear();
        logger.LogInformation("Coordinator digest: {Coordinators} coordinators, {Queued} digests queued", coordinators.Count, queued);
        return queued;
    }

    private async Task<Week> ReadWeekAsync(CancellationToken cancellationToken)
    {
        var since = clock.GetUtcNow().AddDays(-Days);
        var pairings = await db.Pairings.AsNoTracking().Where(p => p.Status == PairingStatus.Active)
            .Select(p => new
            {
                p.Cycle!.ProgramId, Program = p.Cycle.Program!.Name, p.Cycle.Program.TimeZoneId, p.Cycle.Program.Cadence, p.CycleId, Cycle = p.Cycle.Name,
                p.StartsOn, p.EndsOn, Mentee = p.Mentee!.FullName, Mentor = p.Mentor!.FullName,
                Held = db.Meetings.Where(m => m.PairingId == p.Id).Where(Meeting.Held).Select(m => m.HeldOn).ToList(),
                EndRequested = db.PairingEndRequests.Any(r => r.PairingId == p.Id && r.Status == EndRequestStatus.Open),
                EarlyCheckNo = db.EarlyCheckAnswers.Any(a => a.PairingId == p.Id && a.Reply == EarlyCheckReply.No),
                // As on the progress board: the mentee's latest check-in asks the coordinator to get in touch.
                GetInTouch = db.CheckInAnswers.Where(a => a.PairingId == p.Id).OrderByDescending(a => a.Period).Select(a => (CheckInReply?)a.Reply).FirstOrDefault() == CheckInReply.GetInTouch,
            })
            .ToListAsync(cancellationToken);
        var requests = await db.MenteeRequests.AsNoTracking().Where(r => r.SubmittedAt >= since)
            .GroupBy(r => new { r.Cycle!.ProgramId, r.Cycle.Program!.Name })
            .Select(g => new { g.Key.ProgramId, g.Key.Name, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var failed = await db.OutboxMessages.CountAsync(m => m.Status == OutboxStatus.Failed, cancellationToken);

        var programs = pairings.Select(p => (p.ProgramId, Name: p.Program)).Concat(requests.Select(r => (r.ProgramId, r.Name))).Distinct()
            .OrderBy(p => p.Name, StringComparer.Ordinal).ThenBy(p => p.ProgramId)
            .Select(program => new ProgramLine(program.ProgramId, program.Name, requests.Where(r => r.ProgramId == program.ProgramId).Sum(r => r.Count),
                [.. pairings.Where(p => p.ProgramId == program.ProgramId).GroupBy(p => (p.CycleId, p.Cycle)).OrderBy(c => c.Key.CycleId).Select(cycle => new CycleLine(
                    program.ProgramId, cycle.Key.CycleId, cycle.Key.Cycle, cycle.Count(),
                    cycle.Count(p => CadenceStanding.Of(p.Cadence, p.StartsOn, p.EndsOn, p.Held, clock.TodayIn(TimeZones.FindOrUtc(p.TimeZoneId))).Status == CadenceStatus.Behind),
                    [.. cycle.Where(p => p.EndRequested || p.EarlyCheckNo || p.GetInTouch).OrderBy(p => p.Mentee, StringComparer.Ordinal)
                        .Select(p => new FlaggedPair(p.Mentee, p.Mentor, PairingFlags.Of(p.EarlyCheckNo, p.EndRequested, p.GetInTouch)))]))]))
            .ToList();
        var today = library.Today();
        return new Week(today.AddDays(-(((int)today.DayOfWeek + 6) % 7)), programs, failed);
    }
}
