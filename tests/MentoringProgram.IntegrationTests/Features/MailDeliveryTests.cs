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
                    EmailContent.Compose(subject, "Hello,", ["A test message."], "Open the app", "https://localhost/My"), TestContext.Current.CancellationToken);
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
    public async Task SmtpOutage_DelaysMail_ThenDeliversEverythingExactlyOnce()
    {
        Gate.Close();
        var queued = await QueueAsync(3, "Sent after an outage");

        await App.DeliverAsync();
        foreach (var (id, _) in queued)
        {
            var row = await RowAsync(id);
            Assert.Equal((OutboxStatus.Pending, 1), (row.Status, row.Attempts));
            Assert.NotNull(row.LastError);
        }
        // Still down and not yet due: nothing is tried again before the back-off.
        await App.DeliverAsync();
        Assert.Equal(1, (await RowAsync(queued[0].Id)).Attempts);

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
