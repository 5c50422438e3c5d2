using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Testing;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Email;
using MentoringProgram.Web.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>The app's SMTP settings point at a gate in front of maildev, so tests can cause an outage.</summary>
public interface ISmtpFixture
{
    SmtpGate Gate { get; }
}

public sealed class SmtpSqliteApp : SqliteApp, ISmtpFixture
{
    public SmtpGate Gate { get; } = new(Maildev.SmtpHost ?? "127.0.0.1", Maildev.SmtpPort);
    protected override string? MissingPart => Maildev.SmtpHost is null ? "Mail tests need MP_TEST_SMTP_HOST/PORT and MP_TEST_MAILDEV_API; scripts/test.sh starts maildev." : null;
    protected override IDictionary<string, string?> Settings => SmtpSettings.For(Gate);
}

public sealed class SmtpPostgresApp : PostgresApp, ISmtpFixture
{
    public SmtpGate Gate { get; } = new(Maildev.SmtpHost ?? "127.0.0.1", Maildev.SmtpPort);
    protected override string? MissingPart => base.MissingPart
        ?? (Maildev.SmtpHost is null ? "Mail tests need MP_TEST_SMTP_HOST/PORT and MP_TEST_MAILDEV_API; scripts/test.sh starts maildev." : null);
    protected override IDictionary<string, string?> Settings => SmtpSettings.For(Gate);
}

internal static class SmtpSettings
{
    public const int MaxAttempts = 3;

    public static Dictionary<string, string?> For(SmtpGate gate) => new()
    {
        ["Email:SmtpHost"] = "127.0.0.1",
        ["Email:SmtpPort"] = gate.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["Email:MaxAttempts"] = MaxAttempts.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}

public abstract class MailDeliveryTests(AppFixture fixture) : AppTests(fixture)
{
    private SmtpGate Gate => ((ISmtpFixture)Fixture).Gate;
    private Maildev Received => new(Maildev.ApiBase!);

    private async Task<List<(Guid Id, string To)>> QueueAsync(int count, string subject)
    {
        var queued = new List<(Guid, string)>();
        await App.WithScopeAsync(async sp =>
        {
            var outbox = sp.GetRequiredService<EmailOutbox>();
            for (var i = 0; i < count; i++)
            {
                var to = Unique("to" + i);
                await outbox.QueueAsync($"test:{Guid.NewGuid()}", to, "Recipient " + i,
                    new EmailContent(subject, "Hello,\n\nOpen the app: https://localhost/My\n", "<p>Hello,</p><p><a href=\"https://localhost/My\">Open the app</a></p>"), TestContext.Current.CancellationToken);
                queued.Add((Guid.Empty, to));
            }
            return await sp.GetRequiredService<AppDbContext>().SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        var addresses = queued.Select(q => q.Item2).ToList();
        return await App.WithDbAsync(async db => (await db.OutboxMessages.Where(m => addresses.Contains(m.ToAddress))
            .Select(m => new { m.Id, m.ToAddress }).ToListAsync(TestContext.Current.CancellationToken)).Select(m => (m.Id, m.ToAddress)).ToList());
    }

    private Task<OutboxMessage> RowAsync(Guid id) =>
        App.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.Id == id, TestContext.Current.CancellationToken));

    [Fact]
    public async Task Delivery_OverSmtp_ReachesTheServer_WithBothPartsAndAStableMessageId()
    {
        Gate.Open();
        var (id, to) = Assert.Single(await QueueAsync(1, "Delivery check"));

        var result = await App.DeliverAsync();

        Assert.True(result.Sent >= 1);
        var mail = Assert.Single(await Received.ToAsync(to));
        Assert.Equal("Delivery check", mail.Subject);
        Assert.Contains("https://localhost/My", mail.Text);
        Assert.Contains("href=\"https://localhost/My\"", mail.Html);
        Assert.Equal($"<{id:N}@mentoring-program>", mail.MessageId);
        Assert.Equal(OutboxStatus.Sent, (await RowAsync(id)).Status);
    }

    [Fact]
    public async Task SmtpOutage_StopsTheBatchAtTheFirstRefusal_ShowsTheOutage_ThenDeliversEverythingExactlyOnce()
    {
        Gate.Close();
        var queued = await QueueAsync(3, "Sent after an outage");

        var first = await App.DeliverAsync();
        // One refused connection ends the run: the other messages are not each made to wait for a timeout.
        Assert.Equal(new DispatchResult(0, 1), first);
        var rows = await Task.WhenAll(queued.Select(q => RowAsync(q.Id)));
        Assert.True(rows.Sum(r => r.Attempts) <= 1);
        Assert.All(rows, r => Assert.Equal(OutboxStatus.Pending, r.Status));
        var outage = await App.WithDbAsync(db => db.MailServerStatuses.AsNoTracking().SingleAsync(TestContext.Current.CancellationToken));
        Assert.InRange(outage.UnreachableSince!.Value, App.Clock.GetUtcNow().AddMilliseconds(-1), App.Clock.GetUtcNow());
        Assert.Contains("SocketException", outage.LastError);

        // The coordinator sees since when and the next try.
        var coordinatorEmail = Unique("coord");
        await App.CreateUserAsync(coordinatorEmail, coordinator: true);
        var coordinator = await LoginAsync(coordinatorEmail);
        var notice = (await coordinator.GetPageAsync("/Outbox")).QuerySelector("#mail-server-outage");
        Assert.NotNull(notice);
        Assert.Contains("not answering", notice.TextContent);
        Assert.Contains(outage.UnreachableSince!.Value.ToString("d MMM yyyy HH:mm", System.Globalization.CultureInfo.CurrentCulture), notice.TextContent);
        Assert.Contains(outage.NextTryAt!.Value.ToString("d MMM yyyy HH:mm", System.Globalization.CultureInfo.CurrentCulture), notice.TextContent);

        // Still down and the server's back-off not yet over: no run tries again, on this instance or another.
        Assert.Equal(new DispatchResult(0, 0), await App.DeliverAsync());
        Assert.True((await Task.WhenAll(queued.Select(q => RowAsync(q.Id)))).Sum(r => r.Attempts) <= 1);

        Gate.Open();
        App.Clock.Advance(OutboxDispatcher.BackoffAfter(1) + TimeSpan.FromSeconds(1));
        await App.DeliverAsync();
        await App.DeliverAsync();
        App.Clock.Advance(TimeSpan.FromHours(2));
        await App.DeliverAsync();

        foreach (var (id, to) in queued)
        {
            Assert.Equal(OutboxStatus.Sent, (await RowAsync(id)).Status);
            Assert.Single(await Received.ToAsync(to));
        }
        Assert.Null((await (await LoginAsync(coordinatorEmail)).GetPageAsync("/Outbox")).QuerySelector("#mail-server-outage"));
    }

    [Fact]
    public async Task SlowDeliveries_EachLeaseStartsWhenItsMessageIsClaimed_SoNoClaimIsBornExpired()
    {
        Gate.Open();
        var queued = await QueueAsync(3, "Slow server");
        // Each send takes 60% of a two-minute lease: the batch as a whole outlasts a lease taken at its start.
        var slow = new SlowTransport(App, TimeSpan.FromSeconds(72));

        await App.WithScopeAsync(sp => ActivatorUtilities.CreateInstance<OutboxDispatcher>(sp, (IMailTransport)slow).DispatchDueAsync(TestContext.Current.CancellationToken));

        Assert.True(slow.Seen.Count >= queued.Count);
        Assert.All(slow.Seen, s => Assert.True(s.LeaseUntil > s.Now, $"A message was sent under a lease that had expired ({s.LeaseUntil:O} <= {s.Now:O})."));
    }

    [Fact]
    public async Task MessageToAnAddressThatCannotBeParsed_FailsAtOnce_WithTheReason()
    {
        Gate.Open();
        var id = Guid.NewGuid();
        await App.WithDbAsync(async db =>
        {
            db.OutboxMessages.Add(new OutboxMessage(id, $"test:{id}", "not an address@@library", "Nobody",
                "Never sent", "text", "<p>html</p>", App.Clock.GetUtcNow()));
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });

        await App.DeliverAsync();

        var row = await RowAsync(id);
        Assert.Equal((OutboxStatus.Failed, 1), (row.Status, row.Attempts));
        Assert.Contains("ParseException", row.LastError);
        // The server itself is fine: a bad address is no outage.
        Assert.Null(await App.WithDbAsync(db => db.MailServerStatuses.AsNoTracking().Select(s => s.UnreachableSince).SingleAsync(TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task DeliveryJob_RunTwiceAtOnceAndAgain_SendsEachMessageOnce()
    {
        Gate.Open();
        var queued = await QueueAsync(6, "Sent once");

        // Two instances' jobs at the same moment, then the Hangfire job itself once more.
        var runs = await Task.WhenAll(App.DeliverAsync(), App.DeliverAsync());
        await App.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<OutboxDeliveryJob>().RunAsync(TestContext.Current.CancellationToken);
            return 0;
        });

        Assert.True(runs.Sum(r => r.Sent) >= queued.Count);
        foreach (var (id, to) in queued)
        {
            Assert.Equal(OutboxStatus.Sent, (await RowAsync(id)).Status);
            Assert.Single(await Received.ToAsync(to));
        }
    }

    [Fact]
    public async Task MailThatKeepsFailing_IsMarkedFailed_ShownToTheCoordinator_AndCanBeResent()
    {
        Gate.Close();
        var (id, to) = Assert.Single(await QueueAsync(1, "Eventually resent"));
        for (var attempt = 1; attempt <= SmtpSettings.MaxAttempts; attempt++)
        {
            await App.DeliverAsync();
            App.Clock.Advance(OutboxDispatcher.BackoffAfter(attempt) + TimeSpan.FromSeconds(1));
        }
        Assert.Equal(OutboxStatus.Failed, (await RowAsync(id)).Status);

        var coordinatorEmail = Unique("coord");
        await App.CreateUserAsync(coordinatorEmail, coordinator: true);
        var coordinator = await LoginAsync(coordinatorEmail);
        var page = await coordinator.GetPageAsync("/Outbox?status=Failed");
        var row = page.QuerySelectorAll("tbody tr").Single(r => r.TextContent.Contains(to, StringComparison.Ordinal));
        Assert.Contains($"Failed after {SmtpSettings.MaxAttempts} tries", row.TextContent);

        Gate.Open();
        await coordinator.SubmitAsync("/Outbox?status=Failed", [], $"form[action='/Outbox/{id}/Resend']");
        await App.DeliverAsync();

        Assert.Equal(OutboxStatus.Sent, (await RowAsync(id)).Status);
        Assert.Single(await Received.ToAsync(to));
    }
}

public sealed class MailDeliveryTestsOnSqlite(SmtpSqliteApp fixture) : MailDeliveryTests(fixture), IClassFixture<SmtpSqliteApp>;

public sealed class MailDeliveryTestsOnPostgres(SmtpPostgresApp fixture) : MailDeliveryTests(fixture), IClassFixture<SmtpPostgresApp>;

/// <summary>A transport whose sends take most of a lease each, and that notes, while it sends, the lease
/// the message is held under and the time it is.</summary>
internal sealed class SlowTransport(TestAppFactory app, TimeSpan perMessage) : IMailTransport
{
    public List<(DateTimeOffset? LeaseUntil, DateTimeOffset Now)> Seen { get; } = [];

    public async Task SendAsync(MimeKit.MimeMessage message, CancellationToken cancellationToken)
    {
        var id = Guid.ParseExact(message.MessageId!.Split('@')[0], "N");
        app.Clock.Advance(perMessage);
        var leaseUntil = await app.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.Id == id).Select(m => m.LeaseUntil).SingleAsync(cancellationToken));
        Seen.Add((leaseUntil, app.Clock.GetUtcNow()));
    }
}
