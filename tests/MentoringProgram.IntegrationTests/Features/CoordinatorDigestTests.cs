using System.Text.RegularExpressions;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Email;
using MentoringProgram.Web.Features.Digest;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>The coordinators' weekly digest (issue 14): one mail per coordinator per ISO week through the outbox, with
/// last week's new requests, the pairs behind their rhythm, the flags and the failed mail, each linked at the public
/// address; counts only, never a member's name or words; three runs at once mail once, a rerun costs a fixed number of
/// statements, and a week with nothing to report sends nothing.</summary>
public abstract class CoordinatorDigestTests(AppFixture fixture) : AppTests(fixture)
{
    private const string Canary = "Canary d1g5";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<int> RunAsync() => App.WithScopeAsync(sp => sp.GetRequiredService<CoordinatorDigest>().RunAsync(Ct));

    private Task<List<OutboxMessage>> DigestsAsync() => App.WithDbAsync(db =>
        db.OutboxMessages.AsNoTracking().Where(m => m.DeduplicationKey.StartsWith("digest:")).OrderBy(m => m.ToAddress).ToListAsync(Ct));

    private void MoveTo(DateTimeOffset instant) => App.Clock.Advance(instant - App.Clock.GetUtcNow());

    private static string Flat(string text) => Regex.Replace(text, @"\s+", " ");

    [Fact]
    public async Task EachCoordinator_GetsOneDigestAWeek_WithCountsAndLinks_AndNothingPrivate()
    {
        var coordinators = new[] { Unique("coord-a"), Unique("coord-b") };
        var ids = new List<string>();
        foreach (var email in coordinators)
        {
            ids.Add((await App.CreateUserAsync(email, coordinator: true)).Id);
        }
        // A pair that never meets, a member asking to end it (with words only the coordinator reads on the page), a note.
        var pair = await ConfirmedPair.CreateAsync(App);
        await App.WithDbAsync(async db =>
        {
            var pairing = await db.Pairings.SingleAsync(p => p.Id == pair.PairingId, Ct);
            var ending = new PairingEndRequest(pairing.Id);
            ending.Ask(pairing, pairing.MenteeStaffId, EndRequestReason.MismatchedSchedules, $"{Canary} in the request", App.Clock.GetUtcNow());
            db.PairingEndRequests.Add(ending);
            db.PrivateNotes.Add(new PrivateNote(pairing.Id, null, pairing.MenteeStaffId, $"{Canary} in a note"));
            var failed = new OutboxMessage(Guid.NewGuid(), "failed-" + Guid.NewGuid().ToString("N"), "gone@library.test", null, "Subject", "Text", "<p>Html</p>", App.Clock.GetUtcNow());
            db.OutboxMessages.Add(failed);
            db.Entry(failed).Property(m => m.Status).CurrentValue = OutboxStatus.Failed;
            return await db.SaveChangesAsync(Ct);
        });
        // Wednesday of the week before the digest: a new program with one new request.
        MoveTo(new DateTimeOffset(2026, 4, 29, 10, 0, 0, TimeSpan.Zero));
        var fresh = await MatchingScene.CreateAsync(App);
        var freshName = await App.WithDbAsync(db => db.Programs.Where(p => p.Id == fresh.ProgramId).Select(p => p.Name).SingleAsync(Ct));

        // Monday 4 May 2026 (ISO week 19), five weeks into the pair's term with no meeting: behind.
        MoveTo(new DateTimeOffset(2026, 5, 4, 7, 0, 0, TimeSpan.Zero));
        var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(RunAsync, Ct)));

        var digests = await DigestsAsync();
        Assert.Equal(2, runs.Sum());
        Assert.Equal(coordinators.Order(StringComparer.Ordinal), digests.Select(m => m.ToAddress));
        Assert.Equal(ids.Select(id => $"digest:{id}:2026-W19").Order(StringComparer.Ordinal), digests.Select(m => m.DeduplicationKey).Order(StringComparer.Ordinal));
        var text = Flat(digests[0].TextBody);
        Assert.Equal("Mentoring digest for the week of 4 May 2026", digests[0].Subject);
        Assert.Contains($"{freshName}: 1 new request for a mentor last week.", text);
        Assert.Contains($"https://localhost/Programs/{fresh.ProgramId}/Requests", text);
        Assert.Contains("Current: of 1 active pair, 1 behind their meeting rhythm, 1 asks to end.", text);
        Assert.Contains($"https://localhost/Programs/{pair.Scene.ProgramId}/Cycles/{pair.Scene.CycleId}/Progress", text);
        Assert.Contains("1 mail could not be sent.", text);
        Assert.Contains("https://localhost/Outbox?status=Failed", text);
        foreach (var digest in digests)
        {
            foreach (var secret in new[] { Canary, "Mina Mentee", ConfirmedPair.MentorName })
            {
                Assert.DoesNotContain(secret, digest.Subject + digest.TextBody + digest.HtmlBody);
            }
        }

        // Again the same week: nothing more, and the scan costs five statements whatever the number of pairings.
        var counter = new StatementCounter();
        using var counted = App.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.ConfigureDbContext<SqliteAppDbContext>(o => o.AddInterceptors(counter));
            s.ConfigureDbContext<PostgresAppDbContext>(o => o.AddInterceptors(counter));
        }));
        using (var scope = counted.Services.CreateScope())
        {
            counter.Counting = true;
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<CoordinatorDigest>().RunAsync(Ct));
            counter.Counting = false;
        }
        Assert.Equal(5, counter.Statements.Count);

        // The next week, a new digest.
        App.Clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal(2, await RunAsync());
        Assert.Equal(2, (await DigestsAsync()).Count(m => m.DeduplicationKey.EndsWith(":2026-W20", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task AWeekWithNothingToReport_SendsNoDigest()
    {
        await App.CreateUserAsync(Unique("coord"), coordinator: true);
        var pair = await ConfirmedPair.CreateAsync(App);
        // In the pair's first days, on track, and the requests were submitted more than a week before.
        await pair.IntoTheTermAsync(App, 2);

        Assert.Equal(0, await RunAsync());
        Assert.Empty(await DigestsAsync());
    }
}

public sealed class CoordinatorDigestTestsOnSqlite(SqliteApp fixture) : CoordinatorDigestTests(fixture), IClassFixture<SqliteApp>;

public sealed class CoordinatorDigestTestsOnPostgres(PostgresApp fixture) : CoordinatorDigestTests(fixture), IClassFixture<PostgresApp>;
