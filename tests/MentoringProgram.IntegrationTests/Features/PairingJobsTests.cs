using System.Text.RegularExpressions;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Email;
using MentoringProgram.Web.Features.Reminders;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>The pairing-life jobs (issue 14) with the clock moved through whole terms: cadence reminders on the right
/// days and once per person and checkpoint, the mentor's first-contact nudge, nothing for a pair on schedule, terms
/// completing on the day after their end in the program's zone, and several instances at once mailing each person once.</summary>
public abstract class PairingJobsTests(AppFixture fixture) : AppTests(fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<int> RemindAsync() => App.WithScopeAsync(sp => sp.GetRequiredService<CadenceReminders>().RunAsync(Ct));

    private Task<int> CompleteAsync() => App.WithScopeAsync(sp => sp.GetRequiredService<CompleteEndedTerms>().RunAsync(Ct));

    private Task<Pairing> PairingAsync(int id) => App.WithDbAsync(db => db.Pairings.AsNoTracking().SingleAsync(p => p.Id == id, Ct));

    private Task<List<OutboxMessage>> MailsAsync(int pairingId) => App.WithDbAsync(db => db.OutboxMessages.AsNoTracking()
        .Where(m => m.DeduplicationKey.StartsWith($"cadence:{pairingId}:") || m.DeduplicationKey == $"first-contact:{pairingId}"
            || m.DeduplicationKey.StartsWith($"term-ended:{pairingId}:"))
        .OrderBy(m => m.CreatedAt).ToListAsync(Ct));

    private async Task<ConfirmedPair> PairInProgramAsync(ProgramTemplate template, string timeZone = "Etc/UTC")
    {
        var pair = await ConfirmedPair.CreateAsync(App);
        await App.WithDbAsync(async db =>
        {
            var program = await db.Programs.SingleAsync(p => p.Id == pair.Scene.ProgramId, Ct);
            program.Update(program.Name, template.Settings);
            program.SetTimeZone(timeZone);
            return await db.SaveChangesAsync(Ct);
        });
        return pair;
    }

    public static TheoryData<string> SeedPrograms => [.. ProgramTemplates.All.Select(t => t.Key)];

    [Theory]
    [MemberData(nameof(SeedPrograms))]
    public async Task APairThatNeverMeets_IsRemindedBeforeEachCheckpointOnce_TheMentorNudgedOnDaySeven_AndTheTermCompletesTheDayAfterItEnds(string programKey)
    {
        var template = ProgramTemplates.Find(programKey)!;
        var pair = await PairInProgramAsync(template);
        var pairing = await PairingAsync(pair.PairingId);
        var day = await pair.IntoTheTermAsync(App, -1);

        for (; day <= pairing.EndsOn.AddDays(1); day = day.AddDays(1))
        {
            await RemindAsync();
            Assert.Equal(0, await RemindAsync());
            await CompleteAsync();
            Assert.Equal(day <= pairing.EndsOn ? PairingStatus.Active : PairingStatus.Completed, (await PairingAsync(pair.PairingId)).Status);
            App.Clock.Advance(TimeSpan.FromDays(1));
        }

        var mails = await MailsAsync(pair.PairingId);
        var nudge = Assert.Single(mails, m => m.DeduplicationKey == $"first-contact:{pair.PairingId}");
        Assert.Equal((pair.MentorEmail, pairing.StartsOn.AddDays(7)), (nudge.ToAddress, DateOnly.FromDateTime(nudge.CreatedAt.UtcDateTime)));
        Assert.Equal($"Time to contact Mina Mentee, your mentee", nudge.Subject);
        // Each checkpoint: the mentee and the mentor once each. The first is "due soon" a week before it; each later one
        // is "behind" from the day after the one before, when the missed meeting shows.
        var checkpoints = template.Settings.Cadence.Checkpoints(pairing.StartsOn, pairing.EndsOn).Select(c => c.DueBy).ToList();
        var cadence = mails.Where(m => m.DeduplicationKey.StartsWith("cadence:", StringComparison.Ordinal)).ToList();
        Assert.Equal(checkpoints.Count * 2, cadence.Count);
        for (var i = 0; i < checkpoints.Count; i++)
        {
            var expectedDay = i == 0 ? checkpoints[0].AddDays(-CadenceStandingDueSoonDays) : checkpoints[i - 1].AddDays(1);
            foreach (var (role, address) in new[] { ("mentee", pair.MenteeEmail), ("mentor", pair.MentorEmail) })
            {
                var mail = Assert.Single(cadence, m => m.DeduplicationKey == $"cadence:{pair.PairingId}:{checkpoints[i]:yyyy-MM-dd}:{role}");
                Assert.Equal((address, expectedDay), (mail.ToAddress, DateOnly.FromDateTime(mail.CreatedAt.UtcDateTime)));
            }
        }
        Assert.Contains("A meeting with Gale Good is due by", cadence.First(m => m.ToAddress == pair.MenteeEmail).Subject);
        Assert.Contains("Please arrange your next meeting with Gale Good", Flat(cadence.First(m => m.ToAddress == pair.MenteeEmail).TextBody));
        Assert.Contains("Mina Mentee has been asked to arrange your next meeting", Flat(cadence.First(m => m.ToAddress == pair.MentorEmail).TextBody));
        Assert.Contains($"https://localhost{pair.Page}", cadence[0].TextBody);
        var thanks = mails.Where(m => m.DeduplicationKey.StartsWith("term-ended:", StringComparison.Ordinal)).ToList();
        Assert.Equal([pair.MenteeEmail, pair.MentorEmail], thanks.Select(m => m.ToAddress).OrderBy(a => a == pair.MentorEmail));
        Assert.All(thanks, m => Assert.Equal(pairing.EndsOn.AddDays(1), DateOnly.FromDateTime(m.CreatedAt.UtcDateTime)));
        Assert.Equal(pairing.EndsOn, (await PairingAsync(pair.PairingId)).EndedOn);
        Assert.Single(await App.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == TermAudit.Completed && e.Subject == TermAudit.Subject(pair.PairingId)).ToListAsync(Ct)));
    }

    private static string Flat(string text) => Regex.Replace(text, @"\s+", " ");

    private const int CadenceStandingDueSoonDays = Web.Features.Pairings.CadenceStanding.DueSoonDays;

    [Fact]
    public async Task APairMeetingOnSchedule_IsNeverReminded()
    {
        var pair = await PairInProgramAsync(ProgramTemplates.Find("staff-mentoring")!);
        var day = await pair.IntoTheTermAsync(App, 0);
        for (var i = 0; i < 150; i++, day = day.AddDays(1))
        {
            if (i % 12 == 3)
            {
                var today = day;
                await App.WithDbAsync(async db =>
                {
                    var pairing = await db.Pairings.SingleAsync(p => p.Id == pair.PairingId, Ct);
                    db.Meetings.Add(pairing.LogMeeting(today, 45, ContactMethods.InPerson, pairing.MenteeStaffId, today));
                    return await db.SaveChangesAsync(Ct);
                });
            }
            Assert.Equal(0, await RemindAsync());
            App.Clock.Advance(TimeSpan.FromDays(1));
        }
        Assert.Empty(await MailsAsync(pair.PairingId));
    }

    [Fact]
    public async Task ATerm_CompletesOnlyOnceItsLastDayHasPassed_InTheProgramsTimeZone()
    {
        var pair = await PairInProgramAsync(ProgramTemplates.Find("staff-mentoring")!, "America/Los_Angeles");
        var pairing = await PairingAsync(pair.PairingId);
        // Half past midnight UTC on the day after the last: still the last day, in the afternoon, in Los Angeles.
        App.Clock.Advance(pairing.EndsOn.AddDays(1).ToDateTime(new TimeOnly(0, 30), DateTimeKind.Utc) - App.Clock.GetUtcNow().UtcDateTime);

        Assert.Equal(0, await CompleteAsync());
        Assert.Equal(PairingStatus.Active, (await PairingAsync(pair.PairingId)).Status);
        App.Clock.Advance(TimeSpan.FromHours(8));
        Assert.Equal(1, await CompleteAsync());
        Assert.Equal(0, await CompleteAsync());
        Assert.Equal((PairingStatus.Completed, pairing.EndsOn), ((await PairingAsync(pair.PairingId)).Status, (await PairingAsync(pair.PairingId)).EndedOn));
        Assert.Equal(2, (await MailsAsync(pair.PairingId)).Count);
    }

    [Fact]
    public async Task ThreeInstancesAtOnce_MailEachPersonOnce_AndTheScanCostsTwoStatementsWhateverThePairCount()
    {
        var pairs = new List<ConfirmedPair>();
        for (var i = 0; i < 3; i++)
        {
            pairs.Add(await PairInProgramAsync(ProgramTemplates.Find("staff-mentoring")!));
        }
        // Eight days in with no meeting: every mentor is owed the first-contact nudge.
        await pairs[0].IntoTheTermAsync(App, 8);
        var alreadyNudged = await App.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.DeduplicationKey.StartsWith("first-contact:"), Ct));

        var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(RemindAsync, Ct)));

        foreach (var pair in pairs)
        {
            Assert.Single(await MailsAsync(pair.PairingId), m => m.DeduplicationKey == $"first-contact:{pair.PairingId}");
        }
        var nudged = await App.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.DeduplicationKey.StartsWith("first-contact:"), Ct));
        Assert.Equal(nudged - alreadyNudged, runs.Sum());

        var counter = new StatementCounter();
        using var counted = App.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.ConfigureDbContext<SqliteAppDbContext>(o => o.AddInterceptors(counter));
            s.ConfigureDbContext<PostgresAppDbContext>(o => o.AddInterceptors(counter));
        }));
        using var scope = counted.Services.CreateScope();
        counter.Counting = true;
        Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<CadenceReminders>().RunAsync(Ct));
        counter.Counting = false;
        Assert.Equal(2, counter.Statements.Count);
    }
    /// <summary>Counts the statements of the app's contexts, and lets a test act as a rival instance just before the
    /// job's own save.</summary>
    private sealed class RivalInstance(Func<IReadOnlyList<OutboxMessage>, Task> rival) : SaveChangesInterceptor
    {
        private int _fired;

        public override async ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            var queued = eventData.Context!.ChangeTracker.Entries<OutboxMessage>().Where(e => e.State == EntityState.Added).Select(e => e.Entity).ToList();
            if (queued.Count > 0 && Interlocked.Exchange(ref _fired, 1) == 0)
            {
                await rival(queued);
            }
            return result;
        }
    }

    private WebApplicationFactory<Program> Rigged(params IInterceptor[] interceptors) => App.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
    {
        s.ConfigureDbContext<SqliteAppDbContext>(o => o.AddInterceptors(interceptors));
        s.ConfigureDbContext<PostgresAppDbContext>(o => o.AddInterceptors(interceptors));
    }));

    /// <summary>Pairs 200 mentees with Gale Good, started ten days ago with no meeting: every mentor is owed the
    /// first-contact nudge, every pair the first checkpoint's reminder.</summary>
    private async Task<int> ManyPairsNeverMetAsync(int count)
    {
        var scene = await MatchingScene.CreateAsync(App, extraRequests: count - 1);
        return await App.WithDbAsync(async db =>
        {
            var requests = await db.MenteeRequests.Where(r => r.CycleId == scene.CycleId).Select(r => new { r.Id, r.StaffMemberId }).ToListAsync(Ct);
            var mentor = await db.MentorVolunteers.SingleAsync(v => v.Id == scene.VolunteerOf(ConfirmedPair.MentorName), Ct);
            var starts = App.Today().AddDays(-10);
            foreach (var request in requests)
            {
                var pairing = new Pairing(scene.CycleId, request.Id, mentor.Id, request.StaffMemberId, mentor.StaffMemberId, starts, starts.AddMonths(6));
                pairing.Start();
                db.Pairings.Add(pairing);
            }
            await db.SaveChangesAsync(Ct);
            return requests.Count;
        });
    }

    [Fact]
    public async Task TheFirstRunOver200Pairs_QueuesEveryReminder_InThreeStatements()
    {
        Assert.Equal(200, await ManyPairsNeverMetAsync(200));
        var counter = new StatementCounter();
        using var counted = Rigged(counter);
        using var scope = counted.Services.CreateScope();

        counter.Counting = true;
        var queued = await scope.ServiceProvider.GetRequiredService<CadenceReminders>().RunAsync(Ct);
        counter.Counting = false;

        Assert.True(queued >= 200, $"{queued} reminders queued");
        Assert.Equal(queued, await App.WithDbAsync(db => db.OutboxMessages.CountAsync(Ct)));
        // The pairings, the outbox keys already queued, and every new row in one batch (SQLite included: docs/adr/0019).
        Assert.Equal(["SELECT", "SELECT", "INSERT"], counter.Statements.Select(s => s.TrimStart().Split(' ', 2)[0].ToUpperInvariant()));
    }

    [Fact]
    public async Task ARivalInstanceQueueingOneOfTheSameMailsFirst_CostsTheRunARetry_AndEveryMailIsQueuedOnce()
    {
        await ManyPairsNeverMetAsync(20);
        string? taken = null;
        using var rigged = Rigged(new RivalInstance(async queued =>
        {
            var mail = queued[queued.Count / 2];
            taken = mail.DeduplicationKey;
            await App.WithScopeAsync(async sp =>
            {
                await sp.GetRequiredService<EmailOutbox>().QueueAsync(mail.DeduplicationKey, mail.ToAddress, mail.ToName,
                    new EmailContent("Queued by the rival", mail.TextBody, mail.HtmlBody), Ct);
                return await sp.GetRequiredService<AppDbContext>().SaveChangesAsync(Ct);
            });
        }));
        using var scope = rigged.Services.CreateScope();

        var queued = await scope.ServiceProvider.GetRequiredService<CadenceReminders>().RunAsync(Ct);

        var keys = await App.WithDbAsync(db => db.OutboxMessages.Select(m => new { m.DeduplicationKey, m.Subject }).ToListAsync(Ct));
        Assert.Equal(queued + 1, keys.Count);
        Assert.Equal("Queued by the rival", Assert.Single(keys, k => k.DeduplicationKey == taken).Subject);
        // Twenty mentors owed the first-contact nudge: the rival sent one, the job (after its retry) the other nineteen.
        Assert.Equal(20 - 1, queued);
    }
}


public sealed class PairingJobsTestsOnSqlite(SqliteApp fixture) : PairingJobsTests(fixture), IClassFixture<SqliteApp>;

public sealed class PairingJobsTestsOnPostgres(PostgresApp fixture) : PairingJobsTests(fixture), IClassFixture<PostgresApp>;
