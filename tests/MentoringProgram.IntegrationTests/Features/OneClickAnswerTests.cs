using System.Net;
using System.Text.RegularExpressions;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.CheckIns;
using MentoringProgram.Web.Features.EarlyCheckByMail;
using MentoringProgram.Web.Features.Pairings;
using MentoringProgram.Web.Features.SignedLinks;
using MentoringProgram.Web.Jobs;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>One-click answers by mail (docs/adr/0017): the early check mailed to each member once when it opens, and the
/// mentee's check-ins every eight weeks through a whole term; each answer a signed link that a replay, an expiry, a
/// tampered token, another member's claim or two clicks at once make act at most once; the board shows the answer.</summary>
public abstract class OneClickAnswerTests(AppFixture fixture) : AppTests(fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<int> EarlyChecksAsync() => App.WithScopeAsync(sp => sp.GetRequiredService<SendEarlyCheckNotices>().RunAsync(Ct));

    private Task<int> CheckInsAsync() => App.WithScopeAsync(sp => sp.GetRequiredService<SendCheckInNotices>().RunAsync(Ct));

    private Task<Pairing> PairingAsync(int id) => App.WithDbAsync(db => db.Pairings.AsNoTracking().SingleAsync(p => p.Id == id, Ct));

    private async Task<List<string>> LinksAsync(string key, string path)
    {
        var mail = await App.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.DeduplicationKey == key, Ct));
        var links = Regex.Matches(mail.TextBody, $@"https://localhost/{path}/[^\s]+").Select(m => m.Value["https://localhost".Length..]).ToList();
        Assert.Equal(3, links.Count);
        return links;
    }

    private async Task<HttpResponseMessage> ClickAsync(string link) => await NewClient().SubmitAsync(link, [], "main form");

    private async Task<string> MainAsync(HttpResponseMessage response) => (await AppClient.ParseAsync(response)).QuerySelector("main")!.TextContent;

    private static string Tampered(string link)
    {
        var slash = link.LastIndexOf('/') + 1;
        var token = link[slash..];
        return link[..slash] + token[..^3] + (token[^3] == 'A' ? 'B' : 'A') + token[^2..];
    }

    /// <summary>Three clients post the same link at once; returns how many acted (by the audit).</summary>
    private async Task ClickThriceAtOnceAsync(string link)
    {
        var clients = new[] { NewClient(), NewClient(), NewClient() };
        var tokens = new List<string>();
        foreach (var client in clients)
        {
            tokens.Add(await client.TokenAsync(link));
        }
        var responses = await Task.WhenAll(clients.Select((c, i) => c.PostAsync(link, [new("__RequestVerificationToken", tokens[i])])));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
    }

    private async Task<HttpResponseMessage> ReplayAsync(string link)
    {
        var client = NewClient();
        return await client.PostAsync(link, [new("__RequestVerificationToken", await client.TokenAsync("/Identity/Account/Login"))]);
    }

    /// <summary>A link whose token is genuine but names another member (the other half of the pair) with this nonce.</summary>
    private string OtherMembersLink(string link, string path, SignedLinkPurpose purpose, int otherStaffId)
    {
        var signer = App.Services.GetRequiredService<SignedLink>();
        var claim = signer.Read(purpose, link[(link.LastIndexOf('/') + 1)..])!;
        return $"/{path}/" + signer.Token(purpose, claim with { StaffId = otherStaffId });
    }

    private Task<int> AuditsAsync(string action, int pairingId) =>
        App.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == action && e.Subject == PairingAudit.Subject(pairingId), Ct));

    [Fact]
    public async Task TheEarlyCheck_IsMailedToEachMemberOnceWhenItOpens_ANoByMailFlagsThePairing_AndAnAnswerInTheAppSpendsTheLink()
    {
        var pair = await ConfirmedPair.CreateAsync(App);
        var pairing = await PairingAsync(pair.PairingId);
        await pair.IntoTheTermAsync(App, EarlyCheck.DaysAfterStart - 1);
        Assert.Equal(0, await EarlyChecksAsync());
        App.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(2, await EarlyChecksAsync());
        Assert.Equal(0, await EarlyChecksAsync());
        App.Clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal(0, await EarlyChecksAsync());
        var mentee = await LinksAsync(SendEarlyCheckNotices.Key(pair.PairingId, pairing.MenteeStaffId), "EarlyCheck");
        var mentor = await LinksAsync(SendEarlyCheckNotices.Key(pair.PairingId, pairing.MentorStaffId), "EarlyCheck");

        // Opening changes nothing; the mentee's "No" acts once, and flags the pairing without saying who.
        foreach (var link in mentee.Concat(mentor))
        {
            Assert.NotNull((await NewClient().GetPageAsync(link)).QuerySelector("main form button"));
        }
        Assert.Empty(await App.WithDbAsync(db => db.EarlyCheckAnswers.Where(a => a.PairingId == pair.PairingId).ToListAsync(Ct)));
        Assert.Equal(HttpStatusCode.NotFound, (await NewClient().GetAsync(Tampered(mentee[2]))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ReplayAsync(Tampered(mentee[2]))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await NewClient().GetAsync(OtherMembersLink(mentee[2], "EarlyCheck", SignedLinkPurpose.EarlyCheck, pairing.MentorStaffId))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ReplayAsync(OtherMembersLink(mentee[2], "EarlyCheck", SignedLinkPurpose.EarlyCheck, pairing.MentorStaffId))).StatusCode);
        // A token of one purpose is nothing to another.
        Assert.Equal(HttpStatusCode.NotFound, (await NewClient().GetAsync("/CheckIn/" + mentee[2]["/EarlyCheck/".Length..])).StatusCode);

        await ClickThriceAtOnceAsync(mentee[2]);
        Assert.Equal(1, await AuditsAsync(PairingAudit.EarlyCheckAnswered, pair.PairingId));
        Assert.Contains("already been used", await MainAsync(await ReplayAsync(mentee[2])));
        Assert.Contains("already been used", (await NewClient().GetPageAsync(mentee[0])).QuerySelector("main")!.TextContent);
        var answer = Assert.Single(await App.WithDbAsync(db => db.EarlyCheckAnswers.Where(a => a.PairingId == pair.PairingId).ToListAsync(Ct)));
        Assert.Equal((pairing.MenteeStaffId, EarlyCheckReply.No), (answer.StaffId, answer.Reply));
        var review = await App.WithScopeAsync(sp => sp.GetRequiredService<PairingReview.Handler>().LoadAsync(pair.Scene.ProgramId, pair.Scene.CycleId, pair.PairingId, Ct));
        Assert.Equal([PairingFlags.EarlyCheckNo], review!.Flags);

        // The mentor answers in the app: the mail's links now say so and act no more.
        var mentorClient = await LoginAsync(pair.MentorEmail);
        var inApp = await mentorClient.PostAsync($"{pair.Page}/EarlyCheck", [new("__RequestVerificationToken", await mentorClient.TokenAsync(pair.Page)), new("reply", "Yes")]);
        Assert.Equal(HttpStatusCode.Redirect, inApp.StatusCode);
        Assert.Contains("already answered", (await NewClient().GetPageAsync(mentor[2])).QuerySelector("main")!.TextContent);
        Assert.Contains("already answered", await MainAsync(await ReplayAsync(mentor[2])));
        Assert.Equal(EarlyCheckReply.Yes, await App.WithDbAsync(db => db.EarlyCheckAnswers.Where(a => a.PairingId == pair.PairingId && a.StaffId == pairing.MentorStaffId).Select(a => a.Reply).SingleAsync(Ct)));
        Assert.Equal(2, await AuditsAsync(PairingAudit.EarlyCheckAnswered, pair.PairingId));
    }

    [Fact]
    public async Task AnEarlyCheckLink_ExpiresAtTheTermsEnd()
    {
        var pair = await ConfirmedPair.CreateAsync(App);
        var pairing = await PairingAsync(pair.PairingId);
        await pair.IntoTheTermAsync(App, EarlyCheck.DaysAfterStart);
        await EarlyChecksAsync();
        var mentee = await LinksAsync(SendEarlyCheckNotices.Key(pair.PairingId, pairing.MenteeStaffId), "EarlyCheck");
        App.Clock.Advance(TimeSpan.FromDays(pairing.EndsOn.DayNumber - App.Today().DayNumber + 1));
        Assert.Contains("expired", (await NewClient().GetPageAsync(mentee[0])).QuerySelector("main")!.TextContent);
        await ReplayAsync(mentee[0]);
        Assert.Equal(0, await AuditsAsync(PairingAudit.EarlyCheckAnswered, pair.PairingId));
    }

    [Fact]
    public async Task CheckIns_GoToTheMenteeEveryEightWeeksThroughTheTerm_NoneInTheLastThreeWeeks_AndTheBoardShowsTheLatestAnswer()
    {
        var pair = await ConfirmedPair.CreateAsync(App);
        var pairing = await PairingAsync(pair.PairingId);
        var weeks = App.Services.GetRequiredService<JobsOptions>().CheckInWeeks;
        var day = await pair.IntoTheTermAsync(App, -1);
        var mailedOn = new List<DateOnly>();
        for (; day <= pairing.EndsOn; day = day.AddDays(1))
        {
            if (await CheckInsAsync() > 0)
            {
                mailedOn.Add(day);
            }
            Assert.Equal(0, await CheckInsAsync());
            App.Clock.Advance(TimeSpan.FromDays(1));
        }
        var expected = CheckInSchedule.Days(pairing.StartsOn, pairing.EndsOn, weeks);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, mailedOn);
        Assert.All(mailedOn, d => Assert.True(d < pairing.EndsOn.AddDays(-21)));
        var mails = await App.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.DeduplicationKey.StartsWith($"check-in:{pair.PairingId}:")).ToListAsync(Ct));
        Assert.Equal(expected.Count, mails.Count);
        Assert.All(mails, m => Assert.Equal(pair.MenteeEmail, m.ToAddress));
        Assert.All(mails, m => Assert.Equal("How is your mentoring with Gale Good going?", m.Subject));

        // Never answered: at the term's end every link has expired, and using one records nothing.
        var first = await LinksAsync(SendCheckInNotices.Key(pair.PairingId, 1), "CheckIn");
        Assert.Contains("expired", (await NewClient().GetPageAsync(first[0])).QuerySelector("main")!.TextContent);
        await ReplayAsync(first[0]);
        Assert.Empty(await App.WithDbAsync(db => db.CheckInAnswers.Where(a => a.PairingId == pair.PairingId).ToListAsync(Ct)));
    }

    [Fact]
    public async Task ACheckInLink_ActsOnce_ForTheMenteeOnly_UntilTheNextOpens_AndGetInTouchFlagsThePairingOnTheBoard()
    {
        var pair = await ConfirmedPair.CreateAsync(App);
        var pairing = await PairingAsync(pair.PairingId);
        var weeks = App.Services.GetRequiredService<JobsOptions>().CheckInWeeks;
        await pair.IntoTheTermAsync(App, 7 * weeks);
        Assert.Equal(1, await CheckInsAsync());
        var first = await LinksAsync(SendCheckInNotices.Key(pair.PairingId, 1), "CheckIn");

        Assert.NotNull((await NewClient().GetPageAsync(first[2])).QuerySelector("main form button"));
        Assert.Equal(HttpStatusCode.NotFound, (await NewClient().GetAsync(Tampered(first[2]))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ReplayAsync(Tampered(first[2]))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await ReplayAsync(OtherMembersLink(first[2], "CheckIn", SignedLinkPurpose.CheckIn, pairing.MentorStaffId))).StatusCode);
        Assert.Empty(await App.WithDbAsync(db => db.CheckInAnswers.Where(a => a.PairingId == pair.PairingId).ToListAsync(Ct)));

        await ClickThriceAtOnceAsync(first[2]);
        Assert.Equal(1, await AuditsAsync(PairingAudit.CheckInAnswered, pair.PairingId));
        Assert.Contains("already been used", await MainAsync(await ReplayAsync(first[0])));
        var answered = Assert.Single(await App.WithDbAsync(db => db.CheckInAnswers.Where(a => a.PairingId == pair.PairingId).ToListAsync(Ct)));
        Assert.Equal((1, CheckInReply.GetInTouch), (answered.Period, answered.Reply));

        var coordinatorEmail = Unique("coord");
        await App.CreateUserAsync(coordinatorEmail, coordinator: true);
        var board = await (await LoginAsync(coordinatorEmail)).GetPageAsync($"/Programs/{pair.Scene.ProgramId}/Cycles/{pair.Scene.CycleId}/Progress");
        var row = Assert.Single(board.QuerySelectorAll("table tbody tr")).TextContent;
        Assert.Contains($"I'd like the coordinator to get in touch ({App.Today():d MMMM yyyy})", row);
        Assert.Contains(PairingFlags.GetInTouch, row);

        // The second check-in: a new mail, with links of its own; "Going well" clears the flag.
        await pair.IntoTheTermAsync(App, 14 * weeks);
        Assert.Equal(1, await CheckInsAsync());
        var second = await LinksAsync(SendCheckInNotices.Key(pair.PairingId, 2), "CheckIn");
        Assert.Contains("already been used", (await NewClient().GetPageAsync(first[1])).QuerySelector("main")!.TextContent);
        Assert.Contains("your answer is recorded", await MainAsync(await ClickAsync(second[0])));
        var board2 = await (await LoginAsync(coordinatorEmail)).GetPageAsync($"/Programs/{pair.Scene.ProgramId}/Cycles/{pair.Scene.CycleId}/Progress");
        var row2 = Assert.Single(board2.QuerySelectorAll("table tbody tr")).TextContent;
        Assert.Contains($"Going well ({App.Today():d MMMM yyyy})", row2);
        Assert.DoesNotContain(PairingFlags.GetInTouch, row2);
    }

    [Fact]
    public async Task ThreeRunsAtOnce_MailEachPersonOnce_AndEachScanIsTwoStatementsWhateverThePairCount()
    {
        var pairs = new List<ConfirmedPair>();
        for (var i = 0; i < 3; i++)
        {
            pairs.Add(await ConfirmedPair.CreateAsync(App));
        }
        var weeks = App.Services.GetRequiredService<JobsOptions>().CheckInWeeks;
        var counter = new StatementCounter();
        using var counted = App.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
        {
            s.ConfigureDbContext<SqliteAppDbContext>(o => o.AddInterceptors(counter));
            s.ConfigureDbContext<PostgresAppDbContext>(o => o.AddInterceptors(counter));
        }));

        await pairs[0].IntoTheTermAsync(App, EarlyCheck.DaysAfterStart);
        var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(EarlyChecksAsync, Ct)));
        Assert.Equal(6, runs.Sum());
        using (var scope = counted.Services.CreateScope())
        {
            counter.Counting = true;
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<SendEarlyCheckNotices>().RunAsync(Ct));
            counter.Counting = false;
        }
        Assert.Equal(2, counter.Statements.Count);

        await pairs[0].IntoTheTermAsync(App, 7 * weeks);
        runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(CheckInsAsync, Ct)));
        Assert.Equal(3, runs.Sum());
        foreach (var pair in pairs)
        {
            var keys = await App.WithDbAsync(db => db.OutboxMessages.Where(m => m.DeduplicationKey.StartsWith($"early-check:{pair.PairingId}:") || m.DeduplicationKey.StartsWith($"check-in:{pair.PairingId}:")).Select(m => m.DeduplicationKey).ToListAsync(Ct));
            Assert.Equal(3, keys.Count);
        }
        using (var scope = counted.Services.CreateScope())
        {
            counter.Counting = true;
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<SendCheckInNotices>().RunAsync(Ct));
            counter.Counting = false;
        }
        Assert.Equal(4, counter.Statements.Count);
    }
}

public sealed class OneClickAnswerTestsOnSqlite(SqliteApp fixture) : OneClickAnswerTests(fixture), IClassFixture<SqliteApp>;

public sealed class OneClickAnswerTestsOnPostgres(PostgresApp fixture) : OneClickAnswerTests(fixture), IClassFixture<PostgresApp>;
