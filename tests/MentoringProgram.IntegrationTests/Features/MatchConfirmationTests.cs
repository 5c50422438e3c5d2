using System.Net;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Matching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>Proposing, confirming and cancelling one match (issue 13): the pairing, the request and the mentor's place
/// change together, both members are introduced with only what both may see, two coordinators at once never
/// overbook, and every step is in the audit log.</summary>
public abstract class MatchConfirmationTests(AppFixture fixture) : AppTests(fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<AppClient> CoordinatorAsync()
    {
        var email = Unique("coord");
        await App.CreateUserAsync(email, coordinator: true);
        return await LoginAsync(email);
    }

    private static string SuggestionsOf(MatchingScene scene) => $"/Programs/{scene.ProgramId}/Requests/{scene.RequestId}/Suggestions";

    private static async Task<HttpResponseMessage> ProposeAsync(AppClient coordinator, MatchingScene scene, string mentor) =>
        await coordinator.SubmitAsync(SuggestionsOf(scene), [], $"form[action$='/Suggestions/{scene.VolunteerOf(mentor)}/Propose']");

    private Task<List<Pairing>> PairingsAsync(MatchingScene scene) =>
        App.WithDbAsync(db => db.Pairings.AsNoTracking().Where(p => p.MenteeRequestId == scene.RequestId).ToListAsync(Ct));

    [Fact]
    public async Task ProposeThenConfirm_StartsThePairing_TakesAPlace_AndIntroducesBoth_WithOnlyWhatBothMaySee()
    {
        var scene = await MatchingScene.CreateAsync(App);
        var coordinator = await CoordinatorAsync();

        var proposed = await ProposeAsync(coordinator, scene, "Gale Good");
        Assert.Equal(HttpStatusCode.Redirect, proposed.StatusCode);
        var matchUrl = proposed.Headers.Location!.OriginalString;
        var matchPage = await coordinator.GetPageAsync(matchUrl);
        Assert.Contains("Nobody is told until you confirm it.", matchPage.QuerySelector("[role=status]")!.TextContent);
        Assert.Contains("Shares 2 of 3 topics", matchPage.QuerySelector("main")!.TextContent);
        var proposal = Assert.Single(await PairingsAsync(scene));
        Assert.Equal(PairingStatus.Proposed, proposal.Status);
        Assert.Empty(await App.WithDbAsync(db => db.OutboxMessages.Where(m => m.DeduplicationKey.StartsWith("introduction:")).ToListAsync(Ct)));

        var confirmed = await coordinator.SubmitAsync(matchUrl, [new("Form.Note", "You both love old maps.")], "form[action$='/Confirm']");

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        var pairing = Assert.Single(await PairingsAsync(scene));
        Assert.Equal(PairingStatus.Active, pairing.Status);
        Assert.Equal("You both love old maps.", pairing.IntroductionNote);
        var (requestStatus, placesTaken) = await App.WithDbAsync(async db => (
            await db.MenteeRequests.Where(r => r.Id == scene.RequestId).Select(r => r.Status).SingleAsync(Ct),
            await db.MentorVolunteers.Where(v => v.Id == scene.VolunteerOf("Gale Good")).Select(v => v.PlacesTaken).SingleAsync(Ct)));
        Assert.Equal(RequestStatus.Matched, requestStatus);
        Assert.Equal(1, placesTaken);

        var mails = await App.WithDbAsync(db => db.OutboxMessages.Where(m => m.DeduplicationKey.StartsWith($"introduction:{pairing.Id}:")).ToListAsync(Ct));
        var toMentor = Assert.Single(mails, m => m.ToAddress == scene.Mentors["Gale Good"].Email);
        var toMentee = Assert.Single(mails, m => m.ToAddress == scene.MenteeEmail);
        Assert.Equal("Meet your mentee, Mina Mentee", toMentor.Subject);
        Assert.Equal("Meet your mentor, Gale Good", toMentee.Subject);
        Assert.Contains("Please make first contact", toMentor.TextBody);
        Assert.Contains(MatchingScene.Goals, toMentor.TextBody);
        Assert.DoesNotContain(MatchingScene.Goals, toMentee.TextBody);
        foreach (var mail in mails)
        {
            Assert.Contains("Why you were paired", mail.TextBody);
            Assert.Contains("Shares 2 of 3 topics", mail.TextBody);
            Assert.Contains("You both love old maps.", mail.TextBody);
            Assert.DoesNotContain(MatchingScene.PrivateStrength, mail.TextBody + mail.HtmlBody);
            Assert.DoesNotContain(MatchingScene.PrivateAvoid, mail.TextBody + mail.HtmlBody);
            Assert.DoesNotContain("places", mail.TextBody, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("training", mail.TextBody, StringComparison.OrdinalIgnoreCase);
        }

        // A replayed confirmation changes nothing and sends nothing twice.
        var token = await coordinator.TokenAsync(matchUrl);
        var replay = await coordinator.PostAsync(matchUrl + "/Confirm", [new("__RequestVerificationToken", token), new("Form.Note", "Again")]);
        Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
        Assert.Contains("already confirmed", (await coordinator.GetPageAsync(matchUrl)).QuerySelector("[role=status]")!.TextContent);
        Assert.Equal(2, await App.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.DeduplicationKey.StartsWith($"introduction:{pairing.Id}:"), Ct)));
        Assert.Equal("You both love old maps.", Assert.Single(await PairingsAsync(scene)).IntroductionNote);

        // Every step is in the audit log the coordinator reads.
        var audit = (await coordinator.GetPageAsync("/Audit")).QuerySelector("main table")!.TextContent;
        Assert.Contains(MatchAudit.Proposed, audit);
        Assert.Contains(MatchAudit.Confirmed, audit);
        Assert.Contains("Mina Mentee with Gale Good", audit);
    }

    [Fact]
    public async Task ATooLongNote_IsRefusedNextToTheField_KeepingWhatWasTyped_AndConfirmsNothing()
    {
        var scene = await MatchingScene.CreateAsync(App);
        var coordinator = await CoordinatorAsync();
        var matchUrl = (await ProposeAsync(coordinator, scene, "Gale Good")).Headers.Location!.OriginalString;
        var note = new string('n', Pairing.IntroductionNoteLength + 1);

        var response = await coordinator.SubmitAsync(matchUrl, [new("Form.Note", note)], "form[action$='/Confirm']");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        Assert.Contains("Keep the note to 1,000 characters or fewer.", page.QuerySelector("#Form_Note-error")!.TextContent);
        Assert.Equal(note, page.QuerySelector("#Form_Note")!.TextContent);
        Assert.Equal(PairingStatus.Proposed, Assert.Single(await PairingsAsync(scene)).Status);
    }

    [Fact]
    public async Task AMentorPausedSinceTheProposal_IsNotConfirmed_AndNobodyIsTold()
    {
        var scene = await MatchingScene.CreateAsync(App);
        var coordinator = await CoordinatorAsync();
        var matchUrl = (await ProposeAsync(coordinator, scene, "Gale Good")).Headers.Location!.OriginalString;
        await App.WithDbAsync(async db =>
        {
            var gale = await db.MentorVolunteers.SingleAsync(v => v.Id == scene.VolunteerOf("Gale Good"), Ct);
            gale.Pause();
            return await db.SaveChangesAsync(Ct);
        });

        await coordinator.SubmitAsync(matchUrl, [new("Form.Note", "")], "form[action$='/Confirm']");

        Assert.Contains("not approved for matching now", (await coordinator.GetPageAsync(matchUrl)).QuerySelector("[role=status]")!.TextContent);
        Assert.Equal(PairingStatus.Proposed, Assert.Single(await PairingsAsync(scene)).Status);
        Assert.Equal(0, await App.WithDbAsync(db => db.OutboxMessages.CountAsync(m => m.DeduplicationKey.StartsWith("introduction:"), Ct)));
    }

    [Fact]
    public async Task Cancel_FreesTheMentorsPlace_AndTheRequestIsOfferedAgain_WithTheSameMentor()
    {
        var scene = await MatchingScene.CreateAsync(App, capacity: 1);
        var coordinator = await CoordinatorAsync();
        var matchUrl = (await ProposeAsync(coordinator, scene, "Gale Good")).Headers.Location!.OriginalString;
        var held = await coordinator.GetPageAsync(SuggestionsOf(scene));
        Assert.Contains("already proposed or confirmed", held.QuerySelector("main")!.TextContent);
        Assert.Null(held.QuerySelector("form[action$='/Propose']"));

        var cancelled = await coordinator.SubmitAsync(matchUrl, [], "form[action$='/Cancel']");

        Assert.Equal(HttpStatusCode.Redirect, cancelled.StatusCode);
        Assert.Equal(PairingStatus.Cancelled, Assert.Single(await PairingsAsync(scene)).Status);
        Assert.Equal(0, await App.WithDbAsync(db => db.MentorVolunteers.Where(v => v.Id == scene.VolunteerOf("Gale Good")).Select(v => v.PlacesTaken).SingleAsync(Ct)));
        var again = await coordinator.GetPageAsync(SuggestionsOf(scene));
        Assert.NotNull(again.QuerySelector($"form[action$='/Suggestions/{scene.VolunteerOf("Gale Good")}/Propose']"));
        Assert.Equal(HttpStatusCode.Redirect, (await ProposeAsync(coordinator, scene, "Gale Good")).StatusCode);
        Assert.Contains(MatchAudit.Cancelled, (await coordinator.GetPageAsync("/Audit")).QuerySelector("main table")!.TextContent);
    }

    [Fact]
    public async Task ForgedProposals_AreRefused_ByTheRules_ByTheProgram_AndForStaff()
    {
        var scene = await MatchingScene.CreateAsync(App);
        var other = await MatchingScene.CreateAsync(App);
        var coordinator = await CoordinatorAsync();
        var staffEmail = Unique("staff");
        await App.CreateUserAsync(staffEmail);
        var staff = await LoginAsync(staffEmail);
        var token = await coordinator.TokenAsync(SuggestionsOf(scene));
        string ProposeUrl(int volunteerId) => $"{SuggestionsOf(scene)}/{volunteerId}/Propose";

        var supervisor = await coordinator.PostAsync(ProposeUrl(scene.VolunteerOf("Blair Boss")), [new("__RequestVerificationToken", token)]);
        var supervisorNotice = (await coordinator.GetPageAsync(SuggestionsOf(scene))).QuerySelector("[role=status]")!.TextContent;
        var paused = await coordinator.PostAsync(ProposeUrl(scene.VolunteerOf("Pat Paused")), [new("__RequestVerificationToken", token)]);
        var otherCycle = await coordinator.PostAsync(ProposeUrl(other.VolunteerOf("Gale Good")), [new("__RequestVerificationToken", token)]);
        var otherProgram = await coordinator.PostAsync($"/Programs/{other.ProgramId}/Requests/{scene.RequestId}/Suggestions/{scene.VolunteerOf("Gale Good")}/Propose", [new("__RequestVerificationToken", token)]);
        var asStaff = await staff.PostAsync(ProposeUrl(scene.VolunteerOf("Gale Good")), [new("__RequestVerificationToken", await staff.TokenAsync())]);

        Assert.Equal(HttpStatusCode.Redirect, supervisor.StatusCode);
        Assert.Contains("Blair Boss cannot be matched with this request: Is the mentee's supervisor.", supervisorNotice);
        Assert.Equal(HttpStatusCode.Redirect, paused.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherCycle.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, otherProgram.StatusCode);
        Assert.DoesNotContain("/Matches/", asStaff.Headers.Location?.OriginalString ?? "");
        Assert.NotEqual(HttpStatusCode.OK, asStaff.StatusCode);
        Assert.Equal(0, await App.WithDbAsync(db => db.Pairings.CountAsync(Ct)));
    }

    [Fact]
    public async Task TwoCoordinatorsAtOnce_NeverOverbookAMentor_NorGiveARequestTwoMatches()
    {
        var scene = await MatchingScene.CreateAsync(App, extraMentors: 1, capacity: 1, extraRequests: 2);
        var others = await App.WithDbAsync(db => db.MenteeRequests.Where(r => r.CycleId == scene.CycleId && r.Id != scene.RequestId).OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(Ct));

        async Task<ProposeMatch.Result> ProposeInItsOwnScopeAsync(int requestId, string mentor)
        {
            await using var scope = App.Services.CreateAsyncScope();
            return await scope.ServiceProvider.GetRequiredService<ProposeMatch.Handler>().HandleAsync(scene.ProgramId, requestId, scene.VolunteerOf(mentor), null, Ct);
        }

        // One mentor with one place, two requests at once.
        var sameMentor = await Task.WhenAll(ProposeInItsOwnScopeAsync(scene.RequestId, "Gale Good"), ProposeInItsOwnScopeAsync(others[0], "Gale Good"));
        // One request, two mentors at once.
        var sameRequest = await Task.WhenAll(ProposeInItsOwnScopeAsync(others[1], "Sam Same"), ProposeInItsOwnScopeAsync(others[1], "Extra 00"));

        var (taken, live) = await App.WithDbAsync(async db => (
            await db.MentorVolunteers.Where(v => v.Id == scene.VolunteerOf("Gale Good")).Select(v => v.PlacesTaken).SingleAsync(Ct),
            await db.Pairings.Where(Pairing.Live).Where(p => p.CycleId == scene.CycleId).ToListAsync(Ct)));
        Assert.Equal(1, sameMentor.Count(r => r.Refusal is null));
        Assert.Single(sameMentor, r => r.Refusal is not null);
        Assert.Equal(1, taken);
        Assert.Single(live, p => p.MentorVolunteerId == scene.VolunteerOf("Gale Good"));
        Assert.Single(sameRequest, r => r.Refusal is null);
        Assert.Single(sameRequest, r => r.Refusal is not null);
        Assert.Single(live, p => p.MenteeRequestId == others[1]);
    }
}

public sealed class MatchConfirmationTestsOnSqlite(SqliteApp fixture) : MatchConfirmationTests(fixture), IClassFixture<SqliteApp>;

public sealed class MatchConfirmationTestsOnPostgres(PostgresApp fixture) : MatchConfirmationTests(fixture), IClassFixture<PostgresApp>;
