using System.Text.RegularExpressions;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Email;
using MentoringProgram.Web.Features.Reminders;
using MentoringProgram.Web.Jobs;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>The coordinators' weekly digest (issue 14) with the clock moved: what it counts and links to, nothing a pair
/// wrote, one mail per coordinator per week whatever the runs, nothing in an empty week, and a fixed statement count.</summary>
public abstract class CoordinatorDigestTests(AppFixture fixture) : AppTests(fixture)
{
    private const string PrivateMessage = "Private end message 7c1f";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<int> DigestAsync() => App.WithScopeAsync(sp => sp.GetRequiredService<CoordinatorDigest>().RunAsync(Ct));

    private Task<List<OutboxMessage>> DigestsAsync() => App.WithDbAsync(db => db.OutboxMessages.AsNoTracking()
        .Where(m => m.DeduplicationKey.StartsWith("coordinator-digest:")).OrderBy(m => m.CreatedAt).ToListAsync(Ct));

    private static string Flat(string text) => Regex.Replace(text, @"\s+", " ");

    /// <summary>A pair 35 days into its term with no meeting (behind a twice-in-the-first-month cadence), whose mentee
    /// answered the early check "No" and whose mentor asked to end it.</summary>
    private async Task<ConfirmedPair> FlaggedPairBehindAsync()
    {
        var pair = await ConfirmedPair.CreateAsync(App);
        await pair.IntoTheTermAsync(App, 35);
        await App.WithDbAsync(async db =>
        {
            var pairing = await db.Pairings.SingleAsync(p => p.Id == pair.PairingId, Ct);
            var now = App.Clock.GetUtcNow();
            db.EarlyCheckAnswers.Add(EarlyCheckAnswer.Give(pairing, pairing.MenteeStaffId, [], App.Today(), EarlyCheckReply.No, now));
            var request = new PairingEndRequest(pairing.Id);
            request.Ask(pairing, pairing.MentorStaffId, EndRequestReason.MismatchedSchedules, PrivateMessage, now);
            db.PairingEndRequests.Add(request);
            return await db.SaveChangesAsync(Ct);
        });
        return pair;
    }

    [Fact]
    public async Task TheDigest_CountsNewRequests_PairsBehind_Flags_AndFailedMail_WithLinksFromTheBaseUrl_OncePerCoordinatorPerWeek()
    {
        var pair = await FlaggedPairBehindAsync();
        var fresh = await MatchingScene.CreateAsync(App); // a second program whose request came in today
        var names = await App.WithDbAsync(db => db.Programs.ToDictionaryAsync(p => p.Id, p => p.Name, Ct));
        var cycle = await App.WithDbAsync(db => db.ProgramCycles.Where(c => c.Id == pair.Scene.CycleId).Select(c => c.Name).SingleAsync(Ct));
        await App.WithDbAsync(db =>
        {
            var failed = new OutboxMessage(Guid.NewGuid(), "failed-" + Guid.NewGuid().ToString("N"), "someone@library.test", null, "Subject", "Text", "<p>Html</p>", App.Clock.GetUtcNow());
            db.OutboxMessages.Add(failed);
            db.Entry(failed).Property(m => m.Status).CurrentValue = OutboxStatus.Failed;
            return db.SaveChangesAsync(Ct);
        });
        var coordinators = new[] { Unique("coord"), Unique("lead") };
        foreach (var email in coordinators)
        {
            await App.CreateUserAsync(email, coordinator: true);
        }
        await App.CreateUserAsync(Unique("staff"));

        Assert.Equal(2, await DigestAsync());
        Assert.Equal(0, await DigestAsync());

        var digests = await DigestsAsync();
        Assert.Equal(coordinators.Order(), digests.Select(m => m.ToAddress).Order());
        var monday = App.Today().AddDays(-(((int)App.Today().DayOfWeek + 6) % 7));
        var mail = digests[0];
        Assert.Equal($"Mentoring digest for the week of {monday:d MMMM yyyy}", mail.Subject);
        var text = Flat(mail.TextBody);
        Assert.Contains($"{names[pair.Scene.ProgramId]}: 0 new mentee requests in the last 7 days.", text);
        Assert.Contains($"{names[fresh.ProgramId]}: 1 new mentee request in the last 7 days.", text);
        Assert.Contains($"https://localhost/Programs/{fresh.ProgramId}/Requests", text);
        Assert.DoesNotContain($"https://localhost/Programs/{pair.Scene.ProgramId}/Requests", text);
        Assert.Contains($"{cycle}: 1 of 1 active pairing behind the program's meeting rhythm, 1 flagged.", text);
        Assert.Contains("Mina Mentee with Gale Good: End requested; Early check: a member answered no.", text);
        Assert.Contains($"https://localhost/Programs/{pair.Scene.ProgramId}/Cycles/{pair.Scene.CycleId}/Progress", text);
        Assert.Contains("1 mail could not be delivered and wait to be sent again.", text);
        Assert.Contains("https://localhost/Outbox?status=Failed", text);
        Assert.Contains($"href=\"https://localhost/Programs/{pair.Scene.ProgramId}/Cycles/{pair.Scene.CycleId}/Progress\"", mail.HtmlBody);
        Assert.DoesNotContain(PrivateMessage, mail.Subject + mail.TextBody + mail.HtmlBody);
        Assert.DoesNotContain(MatchingScene.PrivateStrength, mail.TextBody + mail.HtmlBody);
        Assert.DoesNotContain(MatchingScene.Goals, mail.TextBody + mail.HtmlBody);

        // Later the same week: nothing; the next week: each coordinator once more.
        var daysToSunday = 6 - (((int)App.Today().DayOfWeek + 6) % 7);
        App.Clock.Advance(TimeSpan.FromDays(daysToSunday));
        Assert.Equal(0, await DigestAsync());
        App.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(2, await DigestAsync());
        Assert.Equal(0, await DigestAsync());
        var later = (await DigestsAsync()).Skip(2).ToList();
        Assert.Equal(2, later.Count);
        Assert.Contains($"{names[pair.Scene.ProgramId]}: 0 new mentee requests", Flat(later[0].TextBody));
        Assert.Contains($"{cycle}: 1 of 1 active pairing behind", Flat(later[0].TextBody));
        Assert.Equal(4, (await DigestsAsync()).Select(m => m.DeduplicationKey).Distinct().Count());
    }

    [Fact]
    public async Task AnEmptyWeek_SendsNoDigest()
    {
        await App.CreateUserAsync(Unique("coord"), coordinator: true);
        var pair = await ConfirmedPair.CreateAsync(App);
        // Ten days after the request came in, before the first checkpoint: nothing new, nobody behind, nothing flagged.
        await pair.IntoTheTermAsync(App, 3);

        Assert.Equal(0, await DigestAsync());
        Assert.Empty(await DigestsAsync());
    }

    [Fact]
    public async Task ThreeRunsAtOnce_MailEachCoordinatorOnce_AndTheScanCostsAFixedNumberOfStatements()
    {
        await FlaggedPairBehindAsync();
        var coordinator = Unique("coord");
        await App.CreateUserAsync(coordinator, coordinator: true);

        var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() =>
            App.WithScopeAsync(async sp => { await sp.GetRequiredService<CoordinatorDigestJob>().RunAsync(Ct); return 0; }), Ct)));
        Assert.Single(await DigestsAsync(), m => m.ToAddress == coordinator);

        var counter = new StatementCounter();
        using var counted = App.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.ConfigureDbContext<SqliteAppDbContext>(o => o.AddInterceptors(counter));
            s.ConfigureDbContext<PostgresAppDbContext>(o => o.AddInterceptors(counter));
        }));
        async Task<int> CountedWeekAsync()
        {
            App.Clock.Advance(TimeSpan.FromDays(7));
            using var scope = counted.Services.CreateScope();
            counter.Clear();
            counter.Counting = true;
            Assert.Equal(1, await scope.ServiceProvider.GetRequiredService<CoordinatorDigest>().RunAsync(Ct));
            counter.Counting = false;
            return counter.Statements.Count;
        }
        var withOnePair = await CountedWeekAsync();
        for (var i = 0; i < 3; i++)
        {
            await FlaggedPairBehindAsync();
        }
        // Coordinators, pairings, requests, failed mail, the outbox's keys, and the insert.
        Assert.Equal(6, withOnePair);
        Assert.Equal(6, await CountedWeekAsync());
        Assert.Equal(3, (await DigestsAsync()).Count);
    }
}

public sealed class CoordinatorDigestTestsOnSqlite(SqliteApp fixture) : CoordinatorDigestTests(fixture), IClassFixture<SqliteApp>;

public sealed class CoordinatorDigestTestsOnPostgres(PostgresApp fixture) : CoordinatorDigestTests(fixture), IClassFixture<PostgresApp>;
