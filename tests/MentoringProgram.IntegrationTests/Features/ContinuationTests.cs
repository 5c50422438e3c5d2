using System.Net;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Email;
using MentoringProgram.Web.Features.Continuation;
using MentoringProgram.Web.Features.Reminders;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>Continuation near the end of a term (issue 14, seed 002): both members are mailed two to three weeks
/// before the end with signed links that work without signing in; opening one changes nothing, its button acts once;
/// a replayed, expired, tampered or doubly clicked link acts at most once; the pairing renews when both continue in a
/// renewing program and completes otherwise.</summary>
public abstract class ContinuationTests(AppFixture fixture) : AppTests(fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<int> NoticesAsync() => App.WithScopeAsync(sp => sp.GetRequiredService<SendContinuationNotices>().RunAsync(Ct));

    private Task<int> EndTermsAsync() => App.WithScopeAsync(sp => sp.GetRequiredService<CompleteEndedTerms>().RunAsync(Ct));

    private Task<Pairing> PairingAsync(int id) => App.WithDbAsync(db => db.Pairings.AsNoTracking().SingleAsync(p => p.Id == id, Ct));

    private async Task<(ConfirmedPair Pair, Pairing Pairing)> PairAsync(bool renewable)
    {
        var pair = await ConfirmedPair.CreateAsync(App);
        await App.WithDbAsync(async db =>
        {
            var program = await db.Programs.SingleAsync(p => p.Id == pair.Scene.ProgramId, Ct);
            program.Update(program.Name, ProgramTemplates.Find(renewable ? "peer-connections" : "staff-mentoring")!.Settings);
            return await db.SaveChangesAsync(Ct);
        });
        return (pair, await PairingAsync(pair.PairingId));
    }

    private void MoveTo(DateOnly day, int hour = 9) =>
        App.Clock.Advance(day.ToDateTime(new TimeOnly(hour, 0), DateTimeKind.Utc) - App.Clock.GetUtcNow().UtcDateTime);

    private async Task<(string Continue, string End)> LinksToAsync(int pairingId, string role)
    {
        var mail = await App.WithDbAsync(db => db.OutboxMessages.AsNoTracking().SingleAsync(m => m.DeduplicationKey.StartsWith($"continuation:{pairingId}:") && m.DeduplicationKey.EndsWith($":{role}"), Ct));
        var links = System.Text.RegularExpressions.Regex.Matches(mail.TextBody, @"https://localhost/Continuation/[^\s]+").Select(m => m.Value).ToList();
        Assert.Equal(2, links.Count);
        Assert.Contains("Continue for another term: " + links[0], mail.TextBody);
        return (links[0]["https://localhost".Length..], links[1]["https://localhost".Length..]);
    }

    private async Task<HttpResponseMessage> ClickAsync(string link) => await NewClient().SubmitAsync(link, [], "main form");

    [Fact]
    public async Task BothAreAskedThreeWeeksBefore_OpeningALinkChangesNothing_EachButtonActsOnce_AndBothContinuingRenewsTheTerm()
    {
        var (pair, pairing) = await PairAsync(renewable: true);
        MoveTo(pairing.EndsOn.AddDays(-22));
        Assert.Equal(0, await NoticesAsync());
        MoveTo(pairing.EndsOn.AddDays(-21));
        Assert.Equal(2, await NoticesAsync());
        Assert.Equal(0, await NoticesAsync());
        MoveTo(pairing.EndsOn.AddDays(-15));
        Assert.Equal(0, await NoticesAsync());
        Assert.Equal(2, await App.WithDbAsync(db => db.SignedLinkNonces.CountAsync(n => n.Subject.StartsWith($"pairing:{pair.PairingId}:"), Ct)));
        var mentee = await LinksToAsync(pair.PairingId, "mentee");
        var mentor = await LinksToAsync(pair.PairingId, "mentor");

        // A mail scanner follows every link: nothing changes.
        foreach (var link in new[] { mentee.Continue, mentee.End, mentor.Continue, mentor.End })
        {
            var opened = await NewClient().GetPageAsync(link);
            Assert.NotNull(opened.QuerySelector("main form button"));
        }
        Assert.Null((await PairingAsync(pair.PairingId)).MenteeContinuation);
        Assert.Contains("Continue with Gale Good for another term", (await NewClient().GetPageAsync(mentee.Continue)).QuerySelector("h1")!.TextContent);

        var clicked = await ClickAsync(mentee.Continue);
        Assert.Equal(HttpStatusCode.OK, clicked.StatusCode);
        Assert.Contains("your answer is recorded", (await AppClient.ParseAsync(clicked)).QuerySelector("main")!.TextContent);
        // Used: the same link again, and the member's other link, act no more.
        Assert.Contains("already been used", (await AppClient.ParseAsync(await ClickAsyncAfterUseAsync(mentee.Continue))).QuerySelector("main")!.TextContent);
        Assert.Contains("already been used", (await NewClient().GetPageAsync(mentee.End)).QuerySelector("main")!.TextContent);
        await ClickAsync(mentor.Continue);
        var answered = await PairingAsync(pair.PairingId);
        Assert.Equal((ContinuationChoice.Continue, ContinuationChoice.Continue), (answered.MenteeContinuation, answered.MentorContinuation));
        Assert.Equal(2, await App.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == TermAudit.ContinuationAnswered && e.Subject == TermAudit.Subject(pair.PairingId), Ct)));

        MoveTo(pairing.EndsOn.AddDays(1), hour: 1);
        Assert.Equal(1, await EndTermsAsync());
        var renewed = await PairingAsync(pair.PairingId);
        Assert.Equal((PairingStatus.Active, 1, (ContinuationChoice?)null), (renewed.Status, renewed.Renewals, renewed.MenteeContinuation));
        Assert.Equal(new TermLength(3, TermUnit.Semesters).EndFrom(pairing.EndsOn.AddDays(1)), renewed.EndsOn);
        var told = await App.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.DeduplicationKey.StartsWith($"term-ended:{pair.PairingId}:")).ToListAsync(Ct));
        Assert.Equal(2, told.Count);
        Assert.All(told, m => Assert.Contains("continues for another term", m.Subject));
    }

    private async Task<HttpResponseMessage> ClickAsyncAfterUseAsync(string link)
    {
        // The page no longer offers the button, so a replay posts with a token from a fresh visit to the same link.
        var client = NewClient();
        var page = await client.GetPageAsync(link);
        Assert.Null(page.QuerySelector("main form"));
        return await client.PostAsync(link, [new("__RequestVerificationToken", await client.TokenAsync("/Identity/Account/Login"))]);
    }

    [Theory]
    [InlineData(true, "end")]
    [InlineData(false, "continue")]
    public async Task WithoutBothContinuingInARenewingProgram_ThePairingCompletesAtItsEnd(bool renewable, string mentorAnswer)
    {
        var (pair, pairing) = await PairAsync(renewable);
        MoveTo(pairing.EndsOn.AddDays(-20));
        await NoticesAsync();
        var mentee = await LinksToAsync(pair.PairingId, "mentee");
        var mentor = await LinksToAsync(pair.PairingId, "mentor");
        await ClickAsync(mentee.Continue);
        await ClickAsync(mentorAnswer == "end" ? mentor.End : mentor.Continue);

        MoveTo(pairing.EndsOn.AddDays(1), hour: 1);
        await EndTermsAsync();

        var ended = await PairingAsync(pair.PairingId);
        Assert.Equal((PairingStatus.Completed, pairing.EndsOn, 0), (ended.Status, ended.EndedOn, ended.Renewals));
    }

    [Fact]
    public async Task ATamperedLink_IsNotFound_AnExpiredOneActsNoMore_AndTwoClicksAtOnceActOnce()
    {
        var (pair, pairing) = await PairAsync(renewable: true);
        MoveTo(pairing.EndsOn.AddDays(-21));
        await NoticesAsync();
        var mentee = await LinksToAsync(pair.PairingId, "mentee");
        var mentor = await LinksToAsync(pair.PairingId, "mentor");
        var token = mentee.Continue["/Continuation/".Length..];
        var tampered = "/Continuation/" + token[..^3] + (token[^3] == 'A' ? 'B' : 'A') + token[^2..];

        Assert.Equal(HttpStatusCode.NotFound, (await NewClient().GetAsync(tampered)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await NewClient().GetAsync("/Continuation/not-a-token")).StatusCode);
        var anonymous = NewClient();
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.PostAsync(tampered, [new("__RequestVerificationToken", await anonymous.TokenAsync(mentee.End))])).StatusCode);

        // Three clicks of one link at once: one acts.
        var clients = new[] { NewClient(), NewClient(), NewClient() };
        var tokens = new List<string>();
        foreach (var client in clients)
        {
            tokens.Add(await client.TokenAsync(mentee.Continue));
        }
        var responses = await Task.WhenAll(clients.Select((c, i) => c.PostAsync(mentee.Continue, [new("__RequestVerificationToken", tokens[i])])));
        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Equal(1, await App.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == TermAudit.ContinuationAnswered && e.Subject == TermAudit.Subject(pair.PairingId), Ct)));

        // After the last day, the mentor's links have expired.
        MoveTo(pairing.EndsOn.AddDays(1), hour: 0);
        var expired = await NewClient().GetPageAsync(mentor.Continue);
        Assert.Contains("This link has expired", expired.QuerySelector("main")!.TextContent);
        Assert.Null(expired.QuerySelector("main form"));
        var client2 = NewClient();
        await client2.PostAsync(mentor.Continue, [new("__RequestVerificationToken", await client2.TokenAsync("/Identity/Account/Login"))]);
        Assert.Null((await PairingAsync(pair.PairingId)).MentorContinuation);
    }

    private const string InAppForm = "form[action$='/Continuation']";

    private Task<List<(string? Actor, string? Details)>> AnswersAuditedAsync(int pairingId) =>
        App.WithDbAsync(async db => (await db.AuditEntries.AsNoTracking().Where(e => e.Action == TermAudit.ContinuationAnswered && e.Subject == TermAudit.Subject(pairingId))
            .OrderBy(e => e.Id).Select(e => new { e.ActorUserId, e.Details }).ToListAsync(Ct)).Select(e => (e.ActorUserId, e.Details)).ToList());

    private static Task<HttpResponseMessage> AnswerInAppAsync(AppClient member, ConfirmedPair pair, string choice) =>
        member.SubmitAsync(pair.Page, [new("Continuation.Choice", choice)], InAppForm);

    [Fact]
    public async Task AMemberAnswersOnTheirPairingPage_TheCoordinatorSeesItLikeALinkAnswer_AReplayChangesNothing_AndNoOneElseCanAnswer()
    {
        var (pair, pairing) = await PairAsync(renewable: true);
        var other = await ConfirmedPair.CreateAsync(App);
        var coordinatorEmail = Unique("coord");
        await App.CreateUserAsync(coordinatorEmail, coordinator: true);

        // Before the question opens, neither the page nor My mentoring asks it.
        MoveTo(pairing.EndsOn.AddDays(-22));
        var early = await LoginAsync(pair.MenteeEmail);
        Assert.Null((await early.GetPageAsync(pair.Page)).QuerySelector(InAppForm));
        Assert.Null((await early.GetPageAsync("/My")).QuerySelector(".continuation-prompt"));

        MoveTo(pairing.EndsOn.AddDays(-20));
        await NoticesAsync();
        var mentor = await LinksToAsync(pair.PairingId, "mentor");
        var mentee = await LoginAsync(pair.MenteeEmail);
        var prompt = (await mentee.GetPageAsync("/My")).QuerySelector(".continuation-prompt");
        Assert.NotNull(prompt);
        Assert.EndsWith($"{pair.Page}#continuation-heading", prompt.QuerySelector("a")!.GetAttribute("href"));
        var page = await mentee.GetPageAsync(pair.Page);
        Assert.Equal("Continue for another term?", page.QuerySelector("#continuation-heading")!.TextContent);
        Assert.Equal(["Continue", "End"], page.QuerySelectorAll($"{InAppForm} button[name='Continuation.Choice']").Select(b => b.GetAttribute("value")!));

        var answered = await AnswerInAppAsync(mentee, pair, "Continue");
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);
        var after = await mentee.GetPageAsync(pair.Page);
        Assert.Contains("your answer is recorded", after.QuerySelector("main")!.TextContent);
        Assert.Contains("You answered: continue for another term.", after.QuerySelector("#continuation-answer")!.TextContent);
        Assert.Null((await mentee.GetPageAsync("/My")).QuerySelector(".continuation-prompt"));
        // The mentor answers with the link in the mail: the coordinator's board shows both answers alike.
        await ClickAsync(mentor.Continue);
        var both = await PairingAsync(pair.PairingId);
        Assert.Equal((ContinuationChoice.Continue, ContinuationChoice.Continue), (both.MenteeContinuation, both.MentorContinuation));
        var coordinator = await LoginAsync(coordinatorEmail);
        var board = await coordinator.GetPageAsync($"/Programs/{pair.Scene.ProgramId}/Cycles/{pair.Scene.CycleId}/Progress");
        var row = Assert.Single(board.QuerySelectorAll("table tbody tr"));
        Assert.Contains("Mentee: continue; mentor: continue", row.TextContent);
        var audited = await AnswersAuditedAsync(pair.PairingId);
        Assert.Equal(["mentee: Continue", "mentor: Continue"], audited.Select(a => a.Details));
        Assert.NotNull(audited[0].Actor);
        Assert.Null(audited[1].Actor);

        // The same post again, with the same token: nothing changes, nothing more is audited.
        var token = await mentee.TokenAsync(pair.Page);
        foreach (var _ in new[] { 1, 2 })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await mentee.PostAsync($"{pair.Page}/Continuation", [new("__RequestVerificationToken", token), new("Continuation.Choice", "Continue")])).StatusCode);
        }
        Assert.Equal(2, (await AnswersAuditedAsync(pair.PairingId)).Count);

        // A value that is not a choice, or none: a message beside the buttons, nothing saved.
        foreach (var bad in new[] { "Maybe", "" })
        {
            var refused = await mentee.PostAsync($"{pair.Page}/Continuation", [new("__RequestVerificationToken", token), new("Continuation.Choice", bad)]);
            Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
            Assert.False(string.IsNullOrWhiteSpace((await AppClient.ParseAsync(refused)).QuerySelector("#Continuation_Choice-error")!.TextContent));
        }

        // Another pair's member, and the coordinator, find nothing to answer.
        var outsider = await LoginAsync(other.MenteeEmail);
        foreach (var client in new[] { outsider, coordinator })
        {
            var forged = await client.PostAsync($"{pair.Page}/Continuation", [new("__RequestVerificationToken", await client.TokenAsync()), new("Continuation.Choice", "End")]);
            Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        }
        var unchanged = await PairingAsync(pair.PairingId);
        Assert.Equal((ContinuationChoice.Continue, ContinuationChoice.Continue), (unchanged.MenteeContinuation, unchanged.MentorContinuation));
        Assert.Equal(2, (await AnswersAuditedAsync(pair.PairingId)).Count);
        Assert.Null((await PairingAsync(other.PairingId)).MenteeContinuation);

        // A member may change their mind until the term ends: audited like the first answer.
        Assert.Equal(HttpStatusCode.Redirect, (await AnswerInAppAsync(mentee, pair, "End")).StatusCode);
        Assert.Equal(ContinuationChoice.End, (await PairingAsync(pair.PairingId)).MenteeContinuation);
        Assert.Equal("mentee: End", (await AnswersAuditedAsync(pair.PairingId))[^1].Details);
    }

    [Fact]
    public async Task AnAnswerFromAPageLeftOpenPastTheTermsLastDay_IsRefusedWithAMessage_AndChangesNothing()
    {
        var (pair, pairing) = await PairAsync(renewable: true);
        MoveTo(pairing.EndsOn, hour: 12);
        var mentee = await LoginAsync(pair.MenteeEmail);
        Assert.NotNull((await mentee.GetPageAsync(pair.Page)).QuerySelector(InAppForm));

        // The day after the last one, before the term-end job has run: still active, but the question has closed.
        MoveTo(pairing.EndsOn.AddDays(1), hour: 0);
        mentee = await LoginAsync(pair.MenteeEmail);
        var page = await mentee.GetPageAsync(pair.Page);
        Assert.Null(page.QuerySelector(InAppForm));
        var late = await mentee.PostAsync($"{pair.Page}/Continuation", [new("__RequestVerificationToken", await mentee.TokenAsync(pair.Page)), new("Continuation.Choice", "Continue")]);

        Assert.Equal(HttpStatusCode.OK, late.StatusCode);
        Assert.Contains("too late to answer", (await AppClient.ParseAsync(late)).QuerySelector(".error-summary")!.TextContent);
        var still = await PairingAsync(pair.PairingId);
        Assert.Equal((PairingStatus.Active, (ContinuationChoice?)null), (still.Status, still.MenteeContinuation));
        Assert.Empty(await AnswersAuditedAsync(pair.PairingId));
    }
}

public sealed class ContinuationTestsOnSqlite(SqliteApp fixture) : ContinuationTests(fixture), IClassFixture<SqliteApp>;

public sealed class ContinuationTestsOnPostgres(PostgresApp fixture) : ContinuationTests(fixture), IClassFixture<PostgresApp>;
