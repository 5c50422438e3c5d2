using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Email;
using MentoringProgram.Web.Features.Assessment;
using MentoringProgram.Web.Features.Pairings;
using MentoringProgram.Web.Features.Reminders;
using MentoringProgram.Web.Features.Surveys;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>The daily survey invitations (docs/adr/0021) with the clock moved through a pairing's life: each survey asked
/// at its moment, once, with one reminder a week later unless submitted, nothing after 60 days, only the audience asked,
/// several runs at once mailing each person once, and the scan's statements fixed whatever the number of pairings.</summary>
public abstract class SurveyInvitationTests(AppFixture fixture) : AppTests(fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<int> RunAsync() => App.WithScopeAsync(sp => sp.GetRequiredService<SendSurveyNotices>().RunAsync(Ct));

    private Task<List<OutboxMessage>> SurveyMailsAsync() => App.WithDbAsync(db => db.OutboxMessages.AsNoTracking()
        .Where(m => m.DeduplicationKey.StartsWith("survey")).OrderBy(m => m.DeduplicationKey).ToListAsync(Ct));

    private Task SubmitAsync(int surveyId, Pairing pairing, int staffId) => App.WithDbAsync(async db =>
    {
        var question = await db.Surveys.Where(s => s.Id == surveyId).SelectMany(s => s.Questions).OrderBy(q => q.Order).FirstAsync(Ct);
        var response = new SurveyResponse(surveyId, pairing.CycleId, pairing.Id, staffId);
        response.Answer(question.Id, 4, null);
        response.Submit(App.Clock.GetUtcNow());
        db.SurveyResponses.Add(response);
        return await db.SaveChangesAsync(Ct);
    });

    [Fact]
    public async Task APair_IsAskedThePreSurveyOnceConfirmed_RemindedOnceAWeekLaterUnlessSubmitted_ThenThePulseAt30Days_AndNothingPast60Days()
    {
        var (pair, pairing, surveys) = await SurveyedPair.CreateAsync(App);
        var pre = surveys[SurveyKind.Pre];
        var pulse = surveys[SurveyKind.Pulse];

        Assert.Equal(2, await RunAsync());
        Assert.Equal(0, await RunAsync());
        var invitations = await SurveyMailsAsync();
        Assert.Equal([SendSurveyNotices.InvitationKey(pre, pairing.Id, pairing.MenteeStaffId), SendSurveyNotices.InvitationKey(pre, pairing.Id, pairing.MentorStaffId)],
            invitations.Select(m => m.DeduplicationKey).Order(StringComparer.Ordinal));
        var toMentee = Assert.Single(invitations, m => m.ToAddress == pair.MenteeEmail);
        Assert.Contains($"https://localhost/My/Pairings/{pairing.Id}/Surveys/{pre}", toMentee.TextBody, StringComparison.Ordinal);
        Assert.Equal("A few questions about your mentoring: Before your mentoring starts", toMentee.Subject);

        // The mentee answers; six days on nobody is reminded, on the seventh only the mentor is, once.
        await SubmitAsync(pre, pairing, pairing.MenteeStaffId);
        App.Clock.Advance(TimeSpan.FromDays(6));
        Assert.Equal(0, await RunAsync());
        App.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(1, await RunAsync());
        Assert.Equal(0, await RunAsync());
        var reminder = Assert.Single(await SurveyMailsAsync(), m => m.DeduplicationKey.StartsWith("survey-reminder:", StringComparison.Ordinal));
        Assert.Equal((SendSurveyNotices.ReminderKey(pre, pairing.Id, pairing.MentorStaffId), pair.MentorEmail), (reminder.DeduplicationKey, reminder.ToAddress));
        Assert.Equal("Reminder: Before your mentoring starts", reminder.Subject);

        // Twenty-nine days in, no pulse yet; thirty days in, both are asked.
        await pair.IntoTheTermAsync(App, 29);
        Assert.Equal(0, await RunAsync());
        await pair.IntoTheTermAsync(App, 30);
        Assert.Equal(2, await RunAsync());
        Assert.Equal(2, (await SurveyMailsAsync()).Count(m => m.DeduplicationKey.StartsWith($"survey:{pulse}:", StringComparison.Ordinal)));

        // Past sixty days from the pulse's moment, nothing more: no pulse reminder was due in time and none is sent late.
        await pair.IntoTheTermAsync(App, 30 + SurveyMoment.AnswerWindowDays + 1);
        Assert.Equal(0, await RunAsync());
        Assert.Equal(5, (await SurveyMailsAsync()).Count);
    }

    [Fact]
    public async Task ASurveyClosedForTheCycle_IsNeitherRemindedNorAskedThere()
    {
        var (pair, pairing, surveys) = await SurveyedPair.CreateAsync(App);
        var pre = surveys[SurveyKind.Pre];
        Assert.Equal(2, await RunAsync());
        await App.WithScopeAsync(sp => sp.GetRequiredService<CloseSurvey.Handler>().HandleAsync(pair.Scene.ProgramId, pairing.CycleId, pre, null, Ct));

        // A week on, nobody answered, yet nobody is reminded, and the answer page is closed to them.
        App.Clock.Advance(TimeSpan.FromDays(7));
        Assert.Equal(0, await RunAsync());
        Assert.DoesNotContain(await SurveyMailsAsync(), m => m.DeduplicationKey.StartsWith("survey-reminder:", StringComparison.Ordinal));
        var mentee = await LoginAsync(pair.MenteeEmail);
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await mentee.GetAsync($"{pair.Page}/Surveys/{pre}")).StatusCode);
    }

    [Fact]
    public async Task ADissolvedPair_IsAskedTheClosingSurvey_OnlyByItsAudience_AndNotThePostSurvey()
    {
        var (dissolved, dissolvedPairing, surveys) = await SurveyedPair.CreateAsync(App);
        await App.WithDbAsync(async db =>
        {
            var closing = await db.Surveys.SingleAsync(s => s.Id == surveys[SurveyKind.Closing], Ct);
            closing.ChangeAudience(SurveyAudience.Mentees);
            return await db.SaveChangesAsync(Ct);
        });
        await dissolved.IntoTheTermAsync(App, 10);
        await RunAsync();
        var coordinator = await App.CreateUserAsync(Unique("coord"), coordinator: true);
        var ended = await App.WithScopeAsync(sp => sp.GetRequiredService<DissolvePairing.Handler>().HandleAsync(dissolved.Scene.ProgramId, dissolvedPairing.CycleId,
            dissolvedPairing.Id, new DissolvePairing.Command { Reason = "The mentee moved to another library." }, coordinator.Id, Ct));
        Assert.Null(ended.Refusal);

        Assert.Equal(1, await RunAsync());
        var closingMail = Assert.Single(await SurveyMailsAsync(), m => m.DeduplicationKey.StartsWith($"survey:{surveys[SurveyKind.Closing]}:", StringComparison.Ordinal));
        Assert.Equal(dissolved.MenteeEmail, closingMail.ToAddress);
        Assert.DoesNotContain(await SurveyMailsAsync(), m => m.DeduplicationKey.StartsWith($"survey:{surveys[SurveyKind.Post]}:", StringComparison.Ordinal));

    }

    [Fact]
    public async Task APairThatCompletesItsTerm_IsAskedThePostSurvey_NotTheClosingOne()
    {
        var (pair, pairing, surveys) = await SurveyedPair.CreateAsync(App);
        App.Clock.Advance(TimeSpan.FromDays(pairing.EndsOn.DayNumber - App.Today().DayNumber + 1));
        await App.WithScopeAsync(sp => sp.GetRequiredService<CompleteEndedTerms>().RunAsync(Ct));
        Assert.Equal(PairingStatus.Completed, await App.WithDbAsync(db => db.Pairings.Where(p => p.Id == pairing.Id).Select(p => p.Status).SingleAsync(Ct)));

        Assert.Equal(2, await RunAsync());

        var mails = await SurveyMailsAsync();
        Assert.All(mails, m => Assert.StartsWith($"survey:{surveys[SurveyKind.Post]}:{pairing.Id}:", m.DeduplicationKey, StringComparison.Ordinal));
        Assert.Equal(new[] { pair.MenteeEmail, pair.MentorEmail }.Order(StringComparer.Ordinal), mails.Select(m => m.ToAddress).Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task ThreeRunsAtOnce_MailEachPersonOnce_AndTheScanCostsFixedStatementsWhateverThePairCount()
    {
        var pairIds = await ManyActivePairsAsync(30);
        var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(RunAsync, Ct)));

        var mails = await SurveyMailsAsync();
        Assert.Equal(pairIds.Count * 2, mails.Count);
        Assert.Equal(mails.Count, mails.Select(m => m.DeduplicationKey).Distinct().Count());
        Assert.Equal(mails.Count, runs.Sum());

        var counter = new StatementCounter();
        using var counted = App.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.ConfigureDbContext<SqliteAppDbContext>(o => o.AddInterceptors(counter));
            s.ConfigureDbContext<PostgresAppDbContext>(o => o.AddInterceptors(counter));
        }));
        // A week on, every one of the 60 people is owed a reminder: the asks, the invitations sent, the outbox's key
        // check and one insert, whatever the number of pairings.
        App.Clock.Advance(TimeSpan.FromDays(SurveyMoment.ReminderDays));
        using (var scope = counted.Services.CreateScope())
        {
            counter.Counting = true;
            Assert.Equal(pairIds.Count * 2, await scope.ServiceProvider.GetRequiredService<SendSurveyNotices>().RunAsync(Ct));
            counter.Counting = false;
        }
        Assert.Equal(["SELECT", "SELECT", "SELECT", "INSERT"], counter.Statements.Select(s => s.TrimStart().Split(' ', 2)[0].ToUpperInvariant()));
        counter.Clear();
        using (var scope = counted.Services.CreateScope())
        {
            counter.Counting = true;
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<SendSurveyNotices>().RunAsync(Ct));
            counter.Counting = false;
        }
        Assert.Equal(2, counter.Statements.Count);
    }

    private async Task<List<int>> ManyActivePairsAsync(int count)
    {
        var scene = await MatchingScene.CreateAsync(App, extraRequests: count - 1);
        return await App.WithDbAsync(async db =>
        {
            db.Surveys.Add(DefaultSurveys.For(scene.ProgramId).Single(s => s.Kind == SurveyKind.Pre));
            var requests = await db.MenteeRequests.Where(r => r.CycleId == scene.CycleId).Select(r => new { r.Id, r.StaffMemberId }).ToListAsync(Ct);
            var mentor = await db.MentorVolunteers.SingleAsync(v => v.Id == scene.VolunteerOf(ConfirmedPair.MentorName), Ct);
            var starts = App.Today().AddDays(-3);
            var pairings = requests.Select(r =>
            {
                var pairing = new Pairing(scene.CycleId, r.Id, mentor.Id, r.StaffMemberId, mentor.StaffMemberId, starts, starts.AddMonths(6));
                pairing.Start();
                return pairing;
            }).ToList();
            db.Pairings.AddRange(pairings);
            await db.SaveChangesAsync(Ct);
            return pairings.Select(p => p.Id).ToList();
        });
    }
}

public sealed class SurveyInvitationTestsOnSqlite(SqliteApp fixture) : SurveyInvitationTests(fixture), IClassFixture<SqliteApp>;

public sealed class SurveyInvitationTestsOnPostgres(PostgresApp fixture) : SurveyInvitationTests(fixture), IClassFixture<PostgresApp>;
