using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Pairings;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>Retention of private content (issue 14, docs/adr/0018) with the clock moved a year on: the pairing page
/// states the policy, then the day; on that day the job deletes the notes, meeting topics and places and the agreement's
/// words of ended pairings only, keeps dates and counts, audits each pairing once without content, in a fixed number
/// of statements, and three runs at once do it once.</summary>
public abstract class RetentionTests(AppFixture fixture) : AppTests(fixture)
{
    private const string Canary = "Canary 7f3a";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<int> RunAsync(IServiceProvider? services = null) =>
        services is null
            ? App.WithScopeAsync(sp => sp.GetRequiredService<DeleteExpiredPrivateContent>().RunAsync(Ct))
            : services.GetRequiredService<DeleteExpiredPrivateContent>().RunAsync(Ct);

    /// <summary>Pairs ten days into their term, each with a held meeting (a topic and a note), a meeting to come with a
    /// place, and an agreement both confirmed; the first <paramref name="ended"/> of them then complete today.</summary>
    private async Task<List<ConfirmedPair>> PairsWithPrivateContentAsync(int count, int ended)
    {
        var pairs = new List<ConfirmedPair>();
        for (var i = 0; i < count; i++)
        {
            pairs.Add(await ConfirmedPair.CreateAsync(App));
        }
        await pairs[0].IntoTheTermAsync(App, 10);
        for (var i = 0; i < count; i++)
        {
            var id = pairs[i].PairingId;
            var ends = i < ended;
            await App.WithDbAsync(async db =>
            {
                var pairing = await db.Pairings.Include(p => p.Cycle).ThenInclude(c => c!.Program).ThenInclude(p => p!.Topics).SingleAsync(p => p.Id == id, Ct);
                var topics = pairing.Cycle!.Program!.Topics.Select(t => t.TopicId).ToList();
                var (now, today) = (App.Clock.GetUtcNow(), App.Today());
                var held = pairing.LogMeeting(today.AddDays(-1), 40, ContactMethods.Video, pairing.MenteeStaffId, today, [topics[0]], topics);
                var coming = pairing.ScheduleMeeting(now.AddDays(3), 45, ContactMethods.InPerson, $"{Canary} cafe", pairing.MentorStaffId, now, TimeZoneInfo.Utc);
                db.Meetings.AddRange(held, coming);
                db.PrivateNotes.Add(new PrivateNote(held, pairing.MenteeStaffId, $"{Canary} note"));
                var agreement = new PairingAgreement(pairing.Id);
                agreement.Edit($"{Canary} goals", $"{Canary} monthly", today.AddDays(60), $"{Canary} kept between us", true, pairing, pairing.MenteeStaffId, now);
                agreement.Confirm(pairing, pairing.MentorStaffId, now);
                db.PairingAgreements.Add(agreement);
                if (ends)
                {
                    pairing.Complete(today, [coming], now);
                }
                return await db.SaveChangesAsync(Ct);
            });
        }
        return pairs;
    }

    private sealed record Content(int Notes, int Topics, int Places, int Meetings, string Goals, bool Agreed, DateOnly? DeletedOn, DateOnly? EndedOn);

    private Task<Content> ContentAsync(int pairingId) => App.WithDbAsync(async db =>
    {
        var agreement = await db.PairingAgreements.AsNoTracking().SingleAsync(a => a.PairingId == pairingId, Ct);
        var pairing = await db.Pairings.AsNoTracking().SingleAsync(p => p.Id == pairingId, Ct);
        return new Content(
            await db.PrivateNotes.CountAsync(n => n.PairingId == pairingId, Ct),
            await db.MeetingTopics.CountAsync(t => db.Meetings.Any(m => m.Id == t.MeetingId && m.PairingId == pairingId), Ct),
            await db.Meetings.CountAsync(m => m.PairingId == pairingId && m.Place != null, Ct),
            await db.Meetings.CountAsync(m => m.PairingId == pairingId, Ct),
            agreement.Goals + agreement.MeetingFrequency + agreement.Confidentiality + agreement.PlannedUntil, agreement.IsAgreed,
            pairing.PrivateContentDeletedOn, pairing.EndedOn);
    });

    private void MoveTo(DateOnly day, int hourUtc) =>
        App.Clock.Advance(day.ToDateTime(new TimeOnly(hourUtc, 0), DateTimeKind.Utc) - App.Clock.GetUtcNow().UtcDateTime);

    [Fact]
    public async Task TwelveMonthsAfterAPairingEnds_ItsPrivateContentIsDeleted_DatesAndCountsKept_OnceAndAudited_AndThePageSaysSo()
    {
        var pairs = await PairsWithPrivateContentAsync(3, ended: 2);
        var endedOn = App.Today();
        var deletionDay = endedOn.AddMonths(12);
        var live = pairs[2];

        var before = await LoginAsync(pairs[0].MenteeEmail);
        Assert.Contains($"will be deleted on {deletionDay:d MMMM yyyy}, 12 months after this pairing ended",
            (await before.GetPageAsync(pairs[0].Page)).QuerySelector("#retention")!.TextContent);
        Assert.StartsWith("When this pairing ends, your private notes, meeting places and topics, and the words of your agreement are kept for 12 months",
            (await (await LoginAsync(live.MenteeEmail)).GetPageAsync(live.Page)).QuerySelector("#retention")!.TextContent);

        // The day before, and the deletion day's first hours where it has not begun everywhere yet: nothing goes.
        MoveTo(deletionDay.AddDays(-1), 20);
        Assert.Equal(0, await RunAsync());
        MoveTo(deletionDay, 11);
        Assert.Equal(0, await RunAsync());
        Assert.Equal(new Content(1, 1, 1, 2, $"{Canary} goals{Canary} monthly{Canary} kept between us{endedOn.AddDays(60)}", true, null, endedOn), await ContentAsync(pairs[0].PairingId));

        MoveTo(deletionDay, 13);
        var counter = new StatementCounter();
        using var counted = App.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.ConfigureDbContext<SqliteAppDbContext>(o => o.AddInterceptors(counter));
            s.ConfigureDbContext<PostgresAppDbContext>(o => o.AddInterceptors(counter));
        }));
        using (var scope = counted.Services.CreateScope())
        {
            counter.Counting = true;
            Assert.Equal(2, await RunAsync(scope.ServiceProvider));
            counter.Counting = false;
        }
        Assert.Equal(6, counter.Statements.Count);

        foreach (var pair in pairs.Take(2))
        {
            Assert.Equal(new Content(0, 0, 0, 2, "", true, deletionDay, endedOn), await ContentAsync(pair.PairingId));
        }
        Assert.Equal(new Content(1, 1, 1, 2, $"{Canary} goals{Canary} monthly{Canary} kept between us{endedOn.AddDays(60)}", true, null, null), await ContentAsync(live.PairingId));
        var audit = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Action == PairingAudit.PrivateContentDeleted).OrderBy(e => e.Subject).ToListAsync(Ct));
        Assert.Equal(pairs.Take(2).Select(p => PairingAudit.Subject(p.PairingId)).Order(), audit.Select(e => e.Subject));
        Assert.All(audit, e => Assert.Equal((App.Clock.GetUtcNow(), (string?)null, "private content deleted 12 months after the pairing ended"), (e.At, e.ActorUserId, e.Details)));

        var after = await (await LoginAsync(pairs[0].MentorEmail)).GetPageAsync(pairs[0].Page);
        Assert.Contains($"were deleted on {deletionDay:d MMMM yyyy}, 12 months after this pairing ended", after.QuerySelector("#retention")!.TextContent);
        Assert.DoesNotContain(Canary, after.Body!.TextContent);
        Assert.Contains("No notes yet.", after.Body.TextContent);

        // A rerun, the next day too, changes nothing and costs one statement.
        counter.Clear();
        using (var scope = counted.Services.CreateScope())
        {
            counter.Counting = true;
            Assert.Equal(0, await RunAsync(scope.ServiceProvider));
            counter.Counting = false;
        }
        Assert.Single(counter.Statements);
        App.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(0, await RunAsync());
        Assert.Equal(2, await App.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == PairingAudit.PrivateContentDeleted, Ct)));
    }

    [Fact]
    public async Task ThreeRunsAtOnce_DeleteAndAuditEachPairingOnce()
    {
        var pairs = await PairsWithPrivateContentAsync(3, ended: 3);
        MoveTo(App.Today().AddMonths(12), 13);

        var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => RunAsync(), Ct)));

        Assert.Equal(3, runs.Sum());
        foreach (var pair in pairs)
        {
            Assert.Equal((0, 0, 0, ""), await ContentAsync(pair.PairingId) is var c ? (c.Notes, c.Topics, c.Places, c.Goals) : default);
            Assert.Equal(1, await App.WithDbAsync(db => db.AuditEntries.CountAsync(
                e => e.Action == PairingAudit.PrivateContentDeleted && e.Subject == PairingAudit.Subject(pair.PairingId), Ct)));
        }
    }
}

public sealed class RetentionTestsOnSqlite(SqliteApp fixture) : RetentionTests(fixture), IClassFixture<SqliteApp>;

public sealed class RetentionTestsOnPostgres(PostgresApp fixture) : RetentionTests(fixture), IClassFixture<PostgresApp>;
