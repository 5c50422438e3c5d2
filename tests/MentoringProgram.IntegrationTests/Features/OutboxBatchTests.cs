using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Email;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>Queueing a notice to many people (bulk introductions, coordinator notices) costs one look-up, not one per message.</summary>
public abstract class OutboxBatchTests(AppFixture fixture) : AppTests(fixture)
{
    private static readonly EmailContent Content = new("Batch", "Hello,\n", "<p>Hello,</p>");

    private static List<OutgoingMail> Mails(string run, int count) =>
        Enumerable.Range(0, count).Select(i => new OutgoingMail($"batch:{run}:{i}", $"batch{i}.{run}@library.test", null, Content)).ToList();

    [Theory]
    [InlineData(20)]
    [InlineData(3000)]
    public async Task QueueingManyMails_CostsOneSelect_AndAddsEveryRow(int count)
    {
        var counter = new StatementCounter();
        using var counted = App.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.ConfigureDbContext<SqliteAppDbContext>(o => o.AddInterceptors(counter));
            s.ConfigureDbContext<PostgresAppDbContext>(o => o.AddInterceptors(counter));
        }));
        var run = Guid.NewGuid().ToString("N");
        using var scope = counted.Services.CreateScope();
        var outbox = scope.ServiceProvider.GetRequiredService<EmailOutbox>();

        counter.Counting = true;
        var queued = await outbox.QueueAllAsync(Mails(run, count), TestContext.Current.CancellationToken);
        counter.Counting = false;
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync(TestContext.Current.CancellationToken);

        Assert.Equal(count, queued);
        var statement = Assert.Single(counter.Statements);
        Assert.StartsWith("SELECT", statement.TrimStart(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(count, await App.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.DeduplicationKey.StartsWith($"batch:{run}:"), TestContext.Current.CancellationToken)));
    }

    [Fact]
    public async Task QueueAll_SkipsKeysAlreadyQueued_OrRepeatedInTheBatch()
    {
        var run = Guid.NewGuid().ToString("N");
        var mails = Mails(run, 3);
        await App.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<EmailOutbox>().QueueAllAsync([mails[0]], TestContext.Current.CancellationToken);
            return await sp.GetRequiredService<AppDbContext>().SaveChangesAsync(TestContext.Current.CancellationToken);
        });

        var queued = await App.WithScopeAsync(async sp =>
        {
            // mails[0] is saved; mails[1] twice in this batch, and once more already queued on this context.
            var outbox = sp.GetRequiredService<EmailOutbox>();
            await outbox.QueueAsync(mails[2].DeduplicationKey, mails[2].ToAddress, null, Content, TestContext.Current.CancellationToken);
            var count = await outbox.QueueAllAsync([mails[0], mails[1], mails[1], mails[2]], TestContext.Current.CancellationToken);
            await sp.GetRequiredService<AppDbContext>().SaveChangesAsync(TestContext.Current.CancellationToken);
            return count;
        });

        Assert.Equal(1, queued);
        var keys = await App.WithDbAsync(db => db.OutboxMessages.Where(m => m.DeduplicationKey.StartsWith($"batch:{run}:")).Select(m => m.DeduplicationKey).ToListAsync(TestContext.Current.CancellationToken));
        Assert.Equal(mails.Select(m => m.DeduplicationKey).Order(), keys.Order());
    }
}

public sealed class OutboxBatchTestsOnSqlite(SqliteApp fixture) : OutboxBatchTests(fixture), IClassFixture<SqliteApp>;

public sealed class OutboxBatchTestsOnPostgres(PostgresApp fixture) : OutboxBatchTests(fixture), IClassFixture<PostgresApp>;
