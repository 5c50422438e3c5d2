using Hangfire;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Testing;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Email;
using MentoringProgram.Web.Features.Matching;
using MentoringProgram.Web.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>Three app instances on one PostgreSQL database, each running a Hangfire server on the shared queue, as a
/// production deployment runs (docs/adr/0019): every recurring job triggered on all three at once through a term
/// queues each mail once, changes each pairing once, and the three delivery runs send each mail once.</summary>
public sealed class SeveralInstancesTests : IAsyncLifetime
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] Jobs = [CadenceReminderJob.Id, ContinuationNoticeJob.Id, TermEndJob.Id, AskExpiryJob.Id, OutboxDeliveryJob.Id];

    private TestDatabase? _database;
    private readonly List<TestAppFactory> _instances = [];

    public async ValueTask InitializeAsync()
    {
        if (!TestDatabase.PostgresAvailable)
        {
            return;
        }
        _database = await TestDatabase.CreatePostgresAsync();
        for (var i = 0; i < 3; i++)
        {
            var instance = new TestAppFactory(_database, settings: new Dictionary<string, string?>
            {
                ["Jobs:RunServer"] = "true",
                ["Jobs:PostgresQueuePollInterval"] = "00:00:00.100",
            });
            _ = instance.Server; // one after the other: the first migrates the database and Hangfire's schema
            _instances.Add(instance);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    private TestAppFactory First => _instances.Count > 0 ? _instances[0] : throw new InvalidOperationException();

    private void MoveEveryClockTo(DateOnly day)
    {
        foreach (var instance in _instances)
        {
            instance.Clock.Advance(day.ToDateTime(new TimeOnly(9, 0), DateTimeKind.Utc) - instance.Clock.GetUtcNow().UtcDateTime);
        }
    }

    /// <summary>Triggers every recurring job on every instance at once, and waits until the shared queue has run them all.</summary>
    private async Task RunEveryJobEverywhereAsync()
    {
        var monitor = First.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var succeeded = monitor.SucceededListCount();
        await Task.WhenAll(_instances.Select(instance => Task.Run(() =>
        {
            var manager = instance.Services.GetRequiredService<IRecurringJobManager>();
            foreach (var job in Jobs)
            {
                manager.Trigger(job);
            }
        }, Ct)));
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (monitor.SucceededListCount() < succeeded + (Jobs.Length * _instances.Count) || monitor.ProcessingCount() > 0 || monitor.EnqueuedCount("default") > 0)
        {
            Assert.True(DateTime.UtcNow < deadline, "The jobs did not all run within 20 seconds.");
            Assert.Equal(0, monitor.FailedCount());
            await Task.Delay(100, Ct);
        }
        Assert.Equal((0L, 0L), (monitor.FailedCount(), monitor.ScheduledCount()));
    }

    [Fact]
    public async Task ThreeInstancesRunningEveryJobAtOnce_QueueEachMailOnce_AndDeliverItOnce()
    {
        if (_database is null)
        {
            Assert.Skip($"PostgreSQL tests need {TestDatabase.PostgresVariable}; scripts/test.sh starts a server and sets it.");
        }
        var pair = await ConfirmedPair.CreateAsync(First);
        var ask = await MatchingScene.CreateAsync(First);
        await First.WithDbAsync(async db =>
        {
            var program = await db.Programs.SingleAsync(p => p.Id == ask.ProgramId, Ct);
            program.Update(program.Name, ProgramTemplates.All[0].Settings with { MatchingMode = MatchingMode.MenteeChooses, MenteeChoices = 4 });
            return await db.SaveChangesAsync(Ct);
        });
        await First.WithScopeAsync(sp => sp.GetRequiredService<ProposeMatch.Handler>().ProposeAsync(ask.ProgramId, ask.RequestId, ask.VolunteerOf("Sam Same"), null,
            new ProposeMatch.MenteesAsk(First.Clock.GetUtcNow().AddDays(3), (_, _, _, _) => Task.CompletedTask), Ct));
        var pairing = await First.WithDbAsync(db => db.Pairings.AsNoTracking().SingleAsync(p => p.Id == pair.PairingId, Ct));

        // Eight days into the term (the ask lapsed long before), three weeks before its end, and the day after it.
        foreach (var day in new[] { pairing.StartsOn.AddDays(8), pairing.EndsOn.AddDays(-21), pairing.EndsOn.AddDays(1) })
        {
            MoveEveryClockTo(day);
            await RunEveryJobEverywhereAsync();
        }

        var outbox = await First.WithDbAsync(db => db.OutboxMessages.AsNoTracking().ToListAsync(Ct));
        foreach (var kind in new[] { $"first-contact:{pair.PairingId}", $"continuation:{pair.PairingId}:", $"term-ended:{pair.PairingId}:", "ask-ended:" })
        {
            Assert.Contains(outbox, m => m.DeduplicationKey.StartsWith(kind, StringComparison.Ordinal));
        }
        Assert.All(outbox, m => Assert.Equal((OutboxStatus.Sent, 1), (m.Status, m.Attempts)));
        var delivered = new List<MimeMessage>();
        foreach (var file in _instances.SelectMany(i => i.MailFiles()))
        {
            delivered.Add(await MimeMessage.LoadAsync(file, Ct));
        }
        Assert.Equal(outbox.Count, delivered.Count);
        Assert.Equal(outbox.Select(m => $"{m.ToAddress} {m.Subject}").Order(), delivered.Select(m => $"{m.To.Mailboxes.Single().Address} {m.Subject}").Order());
        Assert.Equal(delivered.Count, delivered.Select(m => m.MessageId).Distinct().Count());
        Assert.Equal((PairingStatus.Completed, 1), await First.WithDbAsync(async db => (
            (await db.Pairings.SingleAsync(p => p.Id == pair.PairingId, Ct)).Status,
            await db.AuditEntries.CountAsync(e => e.Action == Web.Features.Reminders.TermAudit.Completed, Ct))));
        Assert.Equal(1, await First.WithDbAsync(db => db.Pairings.CountAsync(p => p.Status == PairingStatus.Expired, Ct)));
    }
}
