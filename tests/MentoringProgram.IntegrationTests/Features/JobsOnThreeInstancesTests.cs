using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Testing;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Email;
using MentoringProgram.Web.Features.MenteeChoice;
using MentoringProgram.Web.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>Issue 14's "three app instances on PostgreSQL running the jobs send each mail once": three real app hosts on
/// one database (and one Hangfire storage), each running every recurring job at the same moments through the job classes
/// Hangfire resolves from its own services, then all three delivering the outbox to a real SMTP server at once. Every
/// mail is queued once and arrives once (docs/adr/0019-jobs-on-several-instances.md).</summary>
public sealed class JobsOnThreeInstancesTests : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private TestDatabase? _database;
    private readonly List<TestAppFactory> _hosts = [];

    private static string? MissingPart => !TestDatabase.PostgresAvailable
        ? $"This test needs PostgreSQL ({TestDatabase.PostgresVariable}); scripts/test.sh starts a server and sets it."
        : Maildev.SmtpHost is null ? "This test needs MP_TEST_SMTP_HOST/PORT and MP_TEST_MAILDEV_API; scripts/test.sh starts maildev." : null;

    public async ValueTask InitializeAsync()
    {
        if (MissingPart is not null)
        {
            return;
        }
        _database = await TestDatabase.CreatePostgresAsync();
        var smtp = new Dictionary<string, string?>
        {
            ["Email:SmtpHost"] = Maildev.SmtpHost,
            ["Email:SmtpPort"] = Maildev.SmtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        for (var i = 0; i < 3; i++)
        {
            var host = new TestAppFactory(_database, settings: smtp);
            _ = host.Server; // one after the other: the first migrates, the others find it done
            _hosts.Add(host);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var host in _hosts)
        {
            await host.DisposeAsync();
        }
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    /// <summary>Moves every instance's clock to the same moment.</summary>
    private void AdvanceTo(DateTimeOffset moment)
    {
        foreach (var host in _hosts)
        {
            host.Clock.Advance(moment - host.Clock.GetUtcNow());
        }
    }

    private static Task<T> RunAsync<T>(TestAppFactory host, Func<T, CancellationToken, Task> run) where T : notnull =>
        host.WithScopeAsync(async sp =>
        {
            await run(sp.GetRequiredService<T>(), Ct);
            return sp.GetRequiredService<T>();
        });

    /// <summary>Every recurring job of <see cref="JobsServiceCollectionExtensions"/> but delivery, in all three instances at once.</summary>
    private Task RunTheJobsEverywhereAsync() => Task.WhenAll(_hosts.SelectMany(host => new Func<Task>[]
    {
        () => RunAsync<CadenceReminderJob>(host, (j, ct) => j.RunAsync(ct)),
        () => RunAsync<ContinuationNoticeJob>(host, (j, ct) => j.RunAsync(ct)),
        () => RunAsync<TermEndJob>(host, (j, ct) => j.RunAsync(ct)),
        () => RunAsync<AskExpiryJob>(host, (j, ct) => j.RunAsync(ct)),
        () => RunAsync<CoordinatorDigestJob>(host, (j, ct) => j.RunAsync(ct)),
        () => RunAsync<SurveyInvitationJob>(host, (j, ct) => j.RunAsync(ct)),
    }).Select(run => Task.Run(run, Ct)));

    [Fact]
    public async Task ThreeInstancesRunningTheJobs_QueueAndDeliverEachMailOnce()
    {
        if (MissingPart is { } missing)
        {
            Assert.Skip(missing);
        }
        var app = _hosts[0];
        var coordinator = $"coord.{Guid.NewGuid():N}"[..14] + "@library.test";
        await app.CreateUserAsync(coordinator, coordinator: true);
        var pair = await ConfirmedPair.CreateAsync(app);
        await app.WithDbAsync(db =>
        {
            db.Surveys.AddRange(DefaultSurveys.For(pair.Scene.ProgramId));
            return db.SaveChangesAsync(Ct);
        });
        // A second program where the mentee chooses: her ask to Gale Good goes unanswered and lapses.
        var asked = await MatchingScene.CreateAsync(app);
        await app.WithDbAsync(async db =>
        {
            var program = await db.Programs.SingleAsync(p => p.Id == asked.ProgramId, Ct);
            program.Update(program.Name, ProgramTemplates.All[0].Settings with { MatchingMode = MatchingMode.MenteeChooses, MenteeChoices = 2, MentorAnswerDays = 3 });
            return await db.SaveChangesAsync(Ct);
        });
        var mentee = await app.CreateUserAsync(asked.MenteeEmail);
        var menteeStaffId = await app.WithDbAsync(db => db.MenteeRequests.Where(r => r.Id == asked.RequestId).Select(r => r.StaffMemberId).SingleAsync(Ct));
        var ask = await app.WithScopeAsync(sp => sp.GetRequiredService<ChooseMentor.Handler>()
            .AskAsync(menteeStaffId, mentee.Id, asked.RequestId, asked.VolunteerOf(ConfirmedPair.MentorName), Ct));
        Assert.Null(ask.Refusal);
        var pairing = await app.WithDbAsync(db => db.Pairings.AsNoTracking().SingleAsync(p => p.Id == pair.PairingId, Ct));
        var midnight = new TimeOnly(6, 0);

        // Eight days in: the ask has lapsed and the mentor is owed the first-contact nudge.
        AdvanceTo(new DateTimeOffset(pairing.StartsOn.AddDays(8).ToDateTime(midnight), TimeSpan.Zero));
        await RunTheJobsEverywhereAsync();
        // Twenty days before the end: the pair is behind (reminders, the coordinators' digest) and asked whether to continue.
        AdvanceTo(new DateTimeOffset(pairing.EndsOn.AddDays(-20).ToDateTime(midnight), TimeSpan.Zero));
        await RunTheJobsEverywhereAsync();
        // The day after the end: the term completes with its closing mail.
        AdvanceTo(new DateTimeOffset(pairing.EndsOn.AddDays(1).ToDateTime(midnight), TimeSpan.Zero));
        await RunTheJobsEverywhereAsync();

        var queued = await app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().ToListAsync(Ct));
        string[] kinds = ["ask-ended:", "first-contact:", "cadence:", "coordinator-digest:", "continuation:", "term-ended:", "survey:"];
        Assert.All(kinds, kind => Assert.Contains(queued, m => m.DeduplicationKey.StartsWith(kind, StringComparison.Ordinal)));
        // One digest in the week the pair fell behind (and one more in the week of the end if the digest saw it still
        // active there), never two in a week.
        var coordinatorId = await app.WithDbAsync(db => db.Users.Where(u => u.Email == coordinator).Select(u => u.Id).SingleAsync(Ct));
        var digests = queued.Where(m => m.DeduplicationKey.StartsWith("coordinator-digest:", StringComparison.Ordinal)).Select(m => m.DeduplicationKey).ToList();
        Assert.Contains(Web.Features.Reminders.CoordinatorDigest.Key(pairing.EndsOn.AddDays(-20), coordinatorId), digests);
        Assert.Subset(new HashSet<string> { Web.Features.Reminders.CoordinatorDigest.Key(pairing.EndsOn.AddDays(-20), coordinatorId), Web.Features.Reminders.CoordinatorDigest.Key(pairing.EndsOn.AddDays(1), coordinatorId) }, digests.ToHashSet());
        Assert.Equal(2, queued.Count(m => m.DeduplicationKey.StartsWith($"term-ended:{pair.PairingId}:", StringComparison.Ordinal)));
        Assert.Equal(2, queued.Count(m => m.DeduplicationKey.StartsWith($"continuation:{pair.PairingId}:", StringComparison.Ordinal)));

        for (var round = 0; round < 5 && await app.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.Status == OutboxStatus.Pending, Ct)); round++)
        {
            await Task.WhenAll(_hosts.Select(host => Task.Run(() => RunAsync<OutboxDeliveryJob>(host, (j, ct) => j.RunAsync(ct)), Ct)));
        }

        var rows = await app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().ToListAsync(Ct));
        Assert.Equal(queued.Count, rows.Count);
        Assert.All(rows, m => Assert.Equal((m.DeduplicationKey, OutboxStatus.Sent, 1), (m.DeduplicationKey, m.Status, m.Attempts)));
        var maildev = new Maildev(Maildev.ApiBase!);
        foreach (var address in rows.Select(m => m.ToAddress).Distinct(StringComparer.OrdinalIgnoreCase))
        {
            var received = await maildev.ToAsync(address);
            var sent = rows.Where(m => string.Equals(m.ToAddress, address, StringComparison.OrdinalIgnoreCase)).Select(m => $"<{m.MessageId}>").Order().ToList();
            Assert.Equal(sent, received.Select(r => r.MessageId ?? "").Order().ToList());
        }
    }
}
