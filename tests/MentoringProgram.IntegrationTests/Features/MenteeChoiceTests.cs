using System.Net;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Matching;
using MentoringProgram.Web.Features.MenteeChoice;
using MentoringProgram.Web.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>Mentee choice (issue 13): in a program set to it, the mentee sees a short list with reasons and asks one
/// mentor, who accepts or declines in the app before the ask is due; an unanswered ask lapses through the recurring job
/// when the clock passes its due time, once, and the mentee asks the next. Only the two people concerned reach an ask.</summary>
public abstract class MenteeChoiceTests(AppFixture fixture) : AppTests(fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    /// <summary>The scene's program switched to mentee choice with two mentors to choose from and three days to answer.</summary>
    private async Task<MatchingScene> SceneAsync(int capacity = 1, MatchingMode mode = MatchingMode.MenteeChooses)
    {
        var scene = await MatchingScene.CreateAsync(App, extraMentors: 1, capacity: capacity);
        await App.WithDbAsync(async db =>
        {
            var program = await db.Programs.SingleAsync(p => p.Id == scene.ProgramId, Ct);
            program.Update(program.Name, ProgramTemplates.All[0].Settings with { MatchingMode = mode, MenteeChoices = 2, MentorAnswerDays = 3 });
            return await db.SaveChangesAsync(Ct);
        });
        return scene;
    }

    private async Task<AppClient> LogInAsAsync(string email)
    {
        await App.CreateUserAsync(email);
        return await LoginAsync(email);
    }

    private static string MentorsPage(MatchingScene scene) => $"/My/Requests/{scene.RequestId}/Mentors";

    private static async Task<HttpResponseMessage> AskAsync(AppClient mentee, MatchingScene scene, string mentor) =>
        await mentee.SubmitAsync(MentorsPage(scene), [], $"form[action$='/Mentors/{scene.VolunteerOf(mentor)}/Ask']");

    private Task<Pairing> AskOfAsync(MatchingScene scene, string mentor) =>
        App.WithDbAsync(db => db.Pairings.AsNoTracking().OrderByDescending(p => p.Id)
            .FirstAsync(p => p.MenteeRequestId == scene.RequestId && p.MentorVolunteerId == scene.VolunteerOf(mentor), Ct));

    private Task<int> PlacesTakenAsync(MatchingScene scene, string mentor) =>
        App.WithDbAsync(db => db.MentorVolunteers.Where(v => v.Id == scene.VolunteerOf(mentor)).Select(v => v.PlacesTaken).SingleAsync(Ct));

    private Task<List<Web.Email.OutboxMessage>> MailsAsync(string keyPrefix) =>
        App.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.DeduplicationKey.StartsWith(keyPrefix)).ToListAsync(Ct));

    /// <summary>The scene with Mina logged in, having asked Gale Good.</summary>
    private async Task<(MatchingScene Scene, AppClient Mentee, Pairing Ask)> GaleAskedAsync(int capacity = 1)
    {
        var scene = await SceneAsync(capacity);
        var mentee = await LogInAsAsync(scene.MenteeEmail);
        await AskAsync(mentee, scene, "Gale Good");
        return (scene, mentee, await AskOfAsync(scene, "Gale Good"));
    }

    private Task<int> ExpireAsync() => App.WithScopeAsync(sp => sp.GetRequiredService<ExpireAsks>().RunAsync(Ct));

    [Fact]
    public async Task TheMenteeAsksFromAShortListWithReasons_AndTheMentorAccepts_SoThePairStartsAndBothAreIntroduced()
    {
        var scene = await SceneAsync();
        var mentee = await LogInAsAsync(scene.MenteeEmail);

        var my = await mentee.GetPageAsync("/My");
        Assert.NotNull(my.QuerySelector($"a[href='{MentorsPage(scene)}']"));
        var list = await mentee.GetPageAsync(MentorsPage(scene));
        var cards = list.QuerySelectorAll("ol.suggestions > li");
        // Sam Same shares a topic but works in the mentee's own department, which she asked to avoid: third, so not shown.
        Assert.Equal(["Gale Good", "Extra 00"], cards.Select(c => c.QuerySelector("h3")!.TextContent.Trim()));
        Assert.Contains("Shares 2 of 3 topics", cards[0].TextContent);
        Assert.Contains("Librarian", cards[0].TextContent);
        var main = list.QuerySelector("main")!.TextContent;
        Assert.DoesNotContain("Blair Boss", main);
        Assert.DoesNotContain("Pat Paused", main);
        Assert.DoesNotContain("Sam Same", main);
        Assert.DoesNotContain("score", main, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("more mentee", main, StringComparison.Ordinal);
        Assert.DoesNotContain("training", main, StringComparison.OrdinalIgnoreCase);

        var asked = await AskAsync(mentee, scene, "Gale Good");

        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        var ask = await AskOfAsync(scene, "Gale Good");
        Assert.Equal(PairingStatus.Proposed, ask.Status);
        Assert.Equal(App.Clock.GetUtcNow().AddDays(3), ask.AnswerDue);
        Assert.Equal(1, await PlacesTakenAsync(scene, "Gale Good"));
        var waiting = await mentee.GetPageAsync(MentorsPage(scene));
        Assert.Contains("Waiting for Gale Good", waiting.QuerySelector("main")!.TextContent);
        Assert.Empty(waiting.QuerySelectorAll("form[action$='/Ask']"));
        var toMentor = Assert.Single(await MailsAsync("ask:"));
        Assert.Equal(scene.Mentors["Gale Good"].Email, toMentor.ToAddress);
        Assert.Equal("Mina Mentee has asked you to be their mentor", toMentor.Subject);
        Assert.Contains(MatchingScene.Goals, toMentor.TextBody);
        Assert.Contains("Shares 2 of 3 topics", toMentor.TextBody);
        Assert.Contains("5 March 2026, 14:30", toMentor.TextBody);
        Assert.Contains("https://localhost/My", toMentor.TextBody);
        Assert.DoesNotContain(MatchingScene.PrivateStrength, toMentor.TextBody + toMentor.HtmlBody);
        Assert.DoesNotContain(MatchingScene.PrivateAvoid, toMentor.TextBody + toMentor.HtmlBody);

        var mentor = await LogInAsAsync(scene.Mentors["Gale Good"].Email);
        var mentorHome = await mentor.GetPageAsync("/My");
        Assert.NotNull(mentorHome.QuerySelector($"a[href='/My/Asks/{ask.Id}']"));
        var askPage = await mentor.GetPageAsync($"/My/Asks/{ask.Id}");
        Assert.Contains(MatchingScene.Goals, askPage.QuerySelector("main")!.TextContent);
        Assert.DoesNotContain(MatchingScene.PrivateStrength, askPage.QuerySelector("main")!.TextContent);

        var accepted = await mentor.SubmitAsync($"/My/Asks/{ask.Id}", [], "form[action$='/Accept']");

        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal(PairingStatus.Active, (await AskOfAsync(scene, "Gale Good")).Status);
        Assert.Equal(RequestStatus.Matched, await App.WithDbAsync(db => db.MenteeRequests.Where(r => r.Id == scene.RequestId).Select(r => r.Status).SingleAsync(Ct)));
        Assert.Equal(1, await PlacesTakenAsync(scene, "Gale Good"));
        var introductions = await MailsAsync($"introduction:{ask.Id}:");
        Assert.Equal(2, introductions.Count);
        Assert.Contains(introductions, m => m.ToAddress == scene.MenteeEmail && m.Subject == "Meet your mentor, Gale Good");
        Assert.Contains("Gale Good is your mentor", (await mentee.GetPageAsync(MentorsPage(scene))).QuerySelector("main")!.TextContent);

        var audit = await App.WithDbAsync(db => db.AuditEntries.Where(e => e.Subject == MatchAudit.Subject(scene.RequestId)).Select(e => e.Action).ToListAsync(Ct));
        Assert.Equal([MatchAudit.Accepted, MatchAudit.Asked], audit.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task AnAskNobodyAnswers_LapsesWhenTheClockPassesItsDueTime_Once_AndTheMenteeAsksTheNext()
    {
        var (scene, mentee, ask) = await GaleAskedAsync();

        App.Clock.Advance(TimeSpan.FromDays(3) - TimeSpan.FromMinutes(1));
        Assert.Equal(0, await ExpireAsync());
        Assert.Equal(PairingStatus.Proposed, (await AskOfAsync(scene, "Gale Good")).Status);

        App.Clock.Advance(TimeSpan.FromMinutes(2));
        // The Hangfire job itself, as the recurring schedule runs it.
        await App.WithScopeAsync(async sp =>
        {
            await sp.GetRequiredService<AskExpiryJob>().RunAsync(Ct);
            return 0;
        });

        Assert.Equal(PairingStatus.Expired, (await AskOfAsync(scene, "Gale Good")).Status);
        Assert.Equal(0, await PlacesTakenAsync(scene, "Gale Good"));
        var mails = await MailsAsync($"ask-ended:{ask.Id}:");
        Assert.Equal(2, mails.Count);
        var toMentee = Assert.Single(mails, m => m.ToAddress == scene.MenteeEmail);
        Assert.Contains("did not answer in time", toMentee.Subject);
        Assert.Contains($"https://localhost{MentorsPage(scene)}", toMentee.TextBody);
        Assert.Contains(mails, m => m.ToAddress == scene.Mentors["Gale Good"].Email && m.Subject.Contains("lapsed", StringComparison.Ordinal));
        var expiry = Assert.Single(await App.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == MatchAudit.Expired).ToListAsync(Ct)));
        Assert.Null(expiry.ActorUserId);

        // A second run, or a second instance, finds nothing due and sends nothing.
        Assert.Equal(0, await ExpireAsync());
        Assert.Equal(2, (await MailsAsync("ask-ended:")).Count);

        // The mentor can no longer accept; the mentee is offered the next mentor, not the one who did not answer.
        mentee = await LoginAsync(scene.MenteeEmail);
        var mentor = await LogInAsAsync(scene.Mentors["Gale Good"].Email);
        Assert.Contains("lapsed", (await mentor.GetPageAsync($"/My/Asks/{ask.Id}")).QuerySelector("main")!.TextContent);
        var token = await mentor.TokenAsync($"/My/Asks/{ask.Id}");
        await mentor.PostAsync($"/My/Asks/{ask.Id}/Accept", [new("__RequestVerificationToken", token)]);
        Assert.Equal(PairingStatus.Expired, (await AskOfAsync(scene, "Gale Good")).Status);
        var list = await mentee.GetPageAsync(MentorsPage(scene));
        Assert.Equal(["Extra 00", "Sam Same"], list.QuerySelectorAll("ol.suggestions > li h3").Select(h => h.TextContent.Trim()));
        Assert.Contains("Gale Good did not answer in time.", list.QuerySelector("main")!.TextContent);
        Assert.Equal(HttpStatusCode.Redirect, (await AskAsync(mentee, scene, "Sam Same")).StatusCode);
        Assert.Equal(PairingStatus.Proposed, (await AskOfAsync(scene, "Sam Same")).Status);
    }

    [Fact]
    public async Task TheMentorDeclines_FreeingThePlace_AndTheMenteeIsToldToChooseAgain_WithoutThatMentor()
    {
        var (scene, mentee, ask) = await GaleAskedAsync();
        var mentor = await LogInAsAsync(scene.Mentors["Gale Good"].Email);

        var declined = await mentor.SubmitAsync($"/My/Asks/{ask.Id}", [], "form[action$='/Decline']");

        Assert.Equal(HttpStatusCode.Redirect, declined.StatusCode);
        Assert.Equal(PairingStatus.Declined, (await AskOfAsync(scene, "Gale Good")).Status);
        Assert.Equal(0, await PlacesTakenAsync(scene, "Gale Good"));
        var toMentee = Assert.Single(await MailsAsync($"ask-ended:{ask.Id}:"));
        Assert.Equal(scene.MenteeEmail, toMentee.ToAddress);
        Assert.Equal("Choose another mentor", toMentee.Subject);
        var list = await mentee.GetPageAsync(MentorsPage(scene));
        Assert.DoesNotContain("Gale Good", string.Join(" ", list.QuerySelectorAll("ol.suggestions h3").Select(h => h.TextContent)));
        Assert.Contains("Gale Good declined.", list.QuerySelector("main")!.TextContent);
        // The coordinator's suggestions name the rule too.
        var excluded = await App.WithScopeAsync(sp => sp.GetRequiredService<MatchSuggestions.Handler>().HandleAsync(scene.ProgramId, scene.RequestId, Ct));
        Assert.Contains(excluded!.Excluded, e => e.Mentor.Name == "Gale Good" && e.Rule == "Declined the mentee's ask.");
    }

    [Fact]
    public async Task TheMenteeTakesTheAskBack_TheMentorIsTold_AndTheMenteeMayAskAnother()
    {
        var (scene, mentee, ask) = await GaleAskedAsync();

        var takenBack = await mentee.SubmitAsync(MentorsPage(scene), [], "form[action$='/TakeBack']");

        Assert.Equal(HttpStatusCode.Redirect, takenBack.StatusCode);
        Assert.Equal(PairingStatus.Cancelled, (await AskOfAsync(scene, "Gale Good")).Status);
        Assert.Equal(0, await PlacesTakenAsync(scene, "Gale Good"));
        var toMentor = Assert.Single(await MailsAsync($"ask-ended:{ask.Id}:"));
        Assert.Equal(scene.Mentors["Gale Good"].Email, toMentor.ToAddress);
        Assert.Equal(HttpStatusCode.Redirect, (await AskAsync(mentee, scene, "Extra 00")).StatusCode);
        Assert.Equal(PairingStatus.Proposed, (await AskOfAsync(scene, "Extra 00")).Status);
    }

    [Fact]
    public async Task WithdrawingTheRequest_EndsTheWaitingAsk_FreesThePlace_AndTellsTheMentor()
    {
        var (scene, mentee, ask) = await GaleAskedAsync();

        await mentee.SubmitAsync("/My", [], "form[action$='/Withdraw']");

        Assert.Equal(PairingStatus.Cancelled, (await AskOfAsync(scene, "Gale Good")).Status);
        Assert.Equal(0, await PlacesTakenAsync(scene, "Gale Good"));
        Assert.Single(await MailsAsync($"ask-ended:{ask.Id}:mentor"));
    }

    [Fact]
    public async Task OnlyThePeopleConcerned_ReachAnAsk_AndAMentorOffTheShortList_CannotBeAsked()
    {
        var scene = await SceneAsync();
        var mentee = await LogInAsAsync(scene.MenteeEmail);
        var stranger = await LogInAsAsync(Unique("stranger"));
        var sam = await LogInAsAsync(scene.Mentors["Sam Same"].Email);

        // Someone else's request: its list and its ask are "not found", and nothing is written.
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(MentorsPage(scene))).StatusCode);
        var strangerToken = await stranger.TokenAsync("/My");
        var smuggled = await stranger.PostAsync($"{MentorsPage(scene)}/{scene.VolunteerOf("Gale Good")}/Ask", [new("__RequestVerificationToken", strangerToken)]);
        Assert.Equal(HttpStatusCode.NotFound, smuggled.StatusCode);
        Assert.Equal(0, await App.WithDbAsync(db => db.Pairings.CountAsync(Ct)));

        // Mentors the list does not show (the supervisor, the paused one, the third best when the list has two) are refused.
        var token = await mentee.TokenAsync(MentorsPage(scene));
        foreach (var name in new[] { "Blair Boss", "Pat Paused", "Sam Same" })
        {
            var refused = await mentee.PostAsync($"{MentorsPage(scene)}/{scene.VolunteerOf(name)}/Ask", [new("__RequestVerificationToken", token)]);
            Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        }
        Assert.Contains("not among your suggestions", (await mentee.GetPageAsync(MentorsPage(scene))).QuerySelector("[role=status]")!.TextContent);
        Assert.Equal(0, await App.WithDbAsync(db => db.Pairings.CountAsync(Ct)));

        // The ask reaches only the mentor asked: not another mentor, not the mentee, not a stranger.
        await AskAsync(mentee, scene, "Gale Good");
        var ask = await AskOfAsync(scene, "Gale Good");
        foreach (var client in new[] { mentee, stranger, sam })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync($"/My/Asks/{ask.Id}")).StatusCode);
            var t = await client.TokenAsync("/My");
            Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/My/Asks/{ask.Id}/Accept", [new("__RequestVerificationToken", t)])).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync($"/My/Asks/{ask.Id}/Decline", [new("__RequestVerificationToken", t)])).StatusCode);
        }
        var strangerTakeBack = await stranger.PostAsync($"/My/Asks/{ask.Id}/TakeBack", [new("__RequestVerificationToken", await stranger.TokenAsync("/My"))]);
        Assert.Equal(HttpStatusCode.NotFound, strangerTakeBack.StatusCode);
        Assert.Equal(PairingStatus.Proposed, (await AskOfAsync(scene, "Gale Good")).Status);

        // One ask at a time: a second ask while the first waits is refused.
        await mentee.PostAsync($"{MentorsPage(scene)}/{scene.VolunteerOf("Extra 00")}/Ask", [new("__RequestVerificationToken", token)]);
        Assert.Equal(1, await App.WithDbAsync(db => db.Pairings.CountAsync(Ct)));
    }

    [Fact]
    public async Task InAProgramWhereTheCoordinatorMatches_TheMenteeHasNoListToChooseFrom()
    {
        var scene = await SceneAsync(mode: MatchingMode.CoordinatorMatches);
        var mentee = await LogInAsAsync(scene.MenteeEmail);

        Assert.Equal(HttpStatusCode.NotFound, (await mentee.GetAsync(MentorsPage(scene))).StatusCode);
        Assert.Null((await mentee.GetPageAsync("/My")).QuerySelector($"a[href='{MentorsPage(scene)}']"));
        var token = await mentee.TokenAsync("/My");
        Assert.Equal(HttpStatusCode.NotFound, (await mentee.PostAsync($"{MentorsPage(scene)}/{scene.VolunteerOf("Gale Good")}/Ask", [new("__RequestVerificationToken", token)])).StatusCode);
    }

    [Fact]
    public async Task TheCoordinatorSeesOpenAsks_AndCanStepIn_ConfirmingForTheMentor()
    {
        var (scene, mentee, ask) = await GaleAskedAsync();
        var coordinatorEmail = Unique("coord");
        await App.CreateUserAsync(coordinatorEmail, coordinator: true);
        var coordinator = await LoginAsync(coordinatorEmail);

        var board = await coordinator.GetPageAsync($"/Programs/{scene.ProgramId}/Cycles/{scene.CycleId}/Matching");
        var openAsk = board.QuerySelector($"a[href='/Programs/{scene.ProgramId}/Matches/{ask.Id}']");
        Assert.NotNull(openAsk);
        Assert.Equal("Mina Mentee asked Gale Good", openAsk.TextContent.Trim());
        var matchUrl = $"/Programs/{scene.ProgramId}/Matches/{ask.Id}";
        Assert.Contains("Asked by Mina Mentee", (await coordinator.GetPageAsync(matchUrl)).QuerySelector("main")!.TextContent);

        await coordinator.SubmitAsync(matchUrl, [new("Form.Note", "")], "form[action$='/Confirm']");

        Assert.Equal(PairingStatus.Active, (await AskOfAsync(scene, "Gale Good")).Status);
        Assert.Equal(2, (await MailsAsync($"introduction:{ask.Id}:")).Count);
        // Confirmed asks no longer lapse.
        App.Clock.Advance(TimeSpan.FromDays(10));
        Assert.Equal(0, await ExpireAsync());
        Assert.Equal(PairingStatus.Active, (await AskOfAsync(scene, "Gale Good")).Status);
    }

    private async Task<int> ChangeAsync(Func<Web.Data.AppDbContext, Task> change) => await App.WithDbAsync(async db =>
    {
        await change(db);
        return await db.SaveChangesAsync(Ct);
    });

    private static async Task<HttpResponseMessage> PostAsync(AppClient client, string url, string pageForToken = "/My") =>
        await client.PostAsync(url, [new("__RequestVerificationToken", await client.TokenAsync(pageForToken))]);

    [Fact]
    public async Task TheMentorCannotAccept_OnceTheMenteeNamesThemAmongPeopleToAvoid_OrOnceTheirOfferIsPaused_AndIsNotToldWhy()
    {
        var (scene, mentee, ask) = await GaleAskedAsync(capacity: 1);
        var gale = await LogInAsAsync(scene.Mentors["Gale Good"].Email);
        var galeStaffId = await App.WithDbAsync(db => db.MentorVolunteers.Where(v => v.Id == scene.VolunteerOf("Gale Good")).Select(v => v.StaffMemberId).SingleAsync(Ct));
        await ChangeAsync(async db => (await db.MenteeRequests.Include(r => r.AvoidStaff).SingleAsync(r => r.Id == scene.RequestId, Ct)).SetAvoidStaff([galeStaffId]));

        await PostAsync(gale, $"/My/Asks/{ask.Id}/Accept");

        var notice = (await gale.GetPageAsync($"/My/Asks/{ask.Id}")).QuerySelector("[role=status]")!.TextContent;
        Assert.Contains("the mentee's request has changed", notice);
        Assert.DoesNotContain("avoid", notice, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(PairingStatus.Proposed, (await AskOfAsync(scene, "Gale Good")).Status);
        Assert.Empty(await MailsAsync("introduction:"));

        // Paused since the ask (the avoid list cleared again): refused too, and the mentor is told it is their offer.
        await ChangeAsync(async db =>
        {
            (await db.MenteeRequests.Include(r => r.AvoidStaff).SingleAsync(r => r.Id == scene.RequestId, Ct)).SetAvoidStaff([]);
            (await db.MentorVolunteers.SingleAsync(v => v.Id == scene.VolunteerOf("Gale Good"), Ct)).Pause();
        });
        await PostAsync(gale, $"/My/Asks/{ask.Id}/Accept");
        Assert.Contains("Your offer to mentor is not approved", (await gale.GetPageAsync($"/My/Asks/{ask.Id}")).QuerySelector("[role=status]")!.TextContent);
        Assert.Equal(PairingStatus.Proposed, (await AskOfAsync(scene, "Gale Good")).Status);
    }

    [Fact]
    public async Task TheCoordinatorWithdrawingAnAsk_TellsBoth_AndNeitherPageBlamesTheMentee()
    {
        var (scene, mentee, ask) = await GaleAskedAsync();
        var coordinatorEmail = Unique("coord");
        await App.CreateUserAsync(coordinatorEmail, coordinator: true);
        var coordinator = await LoginAsync(coordinatorEmail);

        await coordinator.SubmitAsync($"/Programs/{scene.ProgramId}/Matches/{ask.Id}", [], "form[action$='/Cancel']");

        Assert.Equal(PairingStatus.Cancelled, (await AskOfAsync(scene, "Gale Good")).Status);
        var mails = await MailsAsync($"ask-ended:{ask.Id}:");
        Assert.Equal(2, mails.Count);
        Assert.All(mails, m => Assert.Contains("coordinator", m.TextBody, StringComparison.Ordinal));
        var list = (await mentee.GetPageAsync(MentorsPage(scene))).QuerySelector("main")!.TextContent;
        Assert.Contains("Your ask to Gale Good was withdrawn.", list);
        Assert.DoesNotContain("you took", list, StringComparison.OrdinalIgnoreCase);
        var gale = await LogInAsAsync(scene.Mentors["Gale Good"].Email);
        var askPage = (await gale.GetPageAsync($"/My/Asks/{ask.Id}")).QuerySelector("main")!.TextContent;
        Assert.Contains("This ask was withdrawn", askPage);
        // Once the ask has ended, the mentee's goals are not the asked mentor's to read.
        Assert.DoesNotContain(MatchingScene.Goals, askPage);
    }

    [Fact]
    public async Task AnAskMadeBeforeTheProgramSwitchedToCoordinatorMatching_StaysVisible_AndCanBeTakenBack_ButNoNewAsk()
    {
        var scene = await SceneAsync();
        var mentee = await LogInAsAsync(scene.MenteeEmail);
        await AskAsync(mentee, scene, "Gale Good");
        await ChangeAsync(async db =>
        {
            var program = await db.Programs.SingleAsync(p => p.Id == scene.ProgramId, Ct);
            program.Update(program.Name, ProgramTemplates.All[0].Settings with { MatchingMode = MatchingMode.CoordinatorMatches });
        });

        Assert.NotNull((await mentee.GetPageAsync("/My")).QuerySelector($"a[href='{MentorsPage(scene)}']"));
        Assert.Equal(HttpStatusCode.Redirect, (await mentee.SubmitAsync(MentorsPage(scene), [], "form[action$='/TakeBack']")).StatusCode);
        Assert.Equal(PairingStatus.Cancelled, (await AskOfAsync(scene, "Gale Good")).Status);
        var page = await mentee.GetPageAsync(MentorsPage(scene));
        Assert.Contains("the coordinator now matches pairs", page.QuerySelector("main")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("form[action$='/Ask']"));
        Assert.Equal(HttpStatusCode.NotFound, (await PostAsync(mentee, $"{MentorsPage(scene)}/{scene.VolunteerOf("Extra 00")}/Ask")).StatusCode);
    }

    [Fact]
    public async Task WhileTheCoordinatorHasProposedAMentor_TheMenteeIsToldSo_AndCannotAsk()
    {
        var scene = await SceneAsync();
        await App.WithScopeAsync(sp => sp.GetRequiredService<ProposeMatch.Handler>().HandleAsync(scene.ProgramId, scene.RequestId, scene.VolunteerOf("Extra 00"), null, Ct));
        var mentee = await LogInAsAsync(scene.MenteeEmail);

        var page = await mentee.GetPageAsync(MentorsPage(scene));

        Assert.Contains("The coordinator is arranging a mentor for you.", page.QuerySelector("main")!.TextContent);
        Assert.DoesNotContain("Extra 00", page.QuerySelector("main")!.TextContent);
        Assert.Empty(page.QuerySelectorAll("form[action$='/Ask']"));
        await PostAsync(mentee, $"{MentorsPage(scene)}/{scene.VolunteerOf("Gale Good")}/Ask", MentorsPage(scene));
        Assert.Contains("The coordinator is arranging a mentor", (await mentee.GetPageAsync(MentorsPage(scene))).QuerySelector("[role=status]")!.TextContent);
        Assert.Equal(1, await App.WithDbAsync(db => db.Pairings.CountAsync(Ct)));
    }

    [Fact]
    public async Task AfterTheDueTime_TheMentorCanNoLongerDecline_AndTheAskLapses_AndATakenBackAsk_IsNotOfferedAgain()
    {
        var (scene, mentee, ask) = await GaleAskedAsync();
        App.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromSeconds(1));
        var gale = await LogInAsAsync(scene.Mentors["Gale Good"].Email);

        Assert.Contains("The time to answer has passed", (await gale.GetPageAsync($"/My/Asks/{ask.Id}")).QuerySelector("main")!.TextContent);
        await PostAsync(gale, $"/My/Asks/{ask.Id}/Decline");
        Assert.Equal(PairingStatus.Proposed, (await AskOfAsync(scene, "Gale Good")).Status);
        Assert.Equal(1, await ExpireAsync());
        Assert.Equal(PairingStatus.Expired, (await AskOfAsync(scene, "Gale Good")).Status);

        // Asking and taking back cannot be repeated on one mentor to fill their inbox: once taken back, they are not offered again.
        mentee = await LoginAsync(scene.MenteeEmail);
        await AskAsync(mentee, scene, "Extra 00");
        await mentee.SubmitAsync(MentorsPage(scene), [], "form[action$='/TakeBack']");
        var list = await mentee.GetPageAsync(MentorsPage(scene));
        Assert.Equal(["Sam Same"], list.QuerySelectorAll("ol.suggestions > li h3").Select(h => h.TextContent.Trim()));
        await PostAsync(mentee, $"{MentorsPage(scene)}/{scene.VolunteerOf("Extra 00")}/Ask", MentorsPage(scene));
        Assert.Equal(1, await App.WithDbAsync(db => db.Pairings.CountAsync(p => p.MentorVolunteerId == scene.VolunteerOf("Extra 00"), Ct)));
    }

    [Fact]
    public async Task TwoInstancesLapsingTheSameAsksAtOnce_LapseEachOnce_AndMailEachPersonOnce()
    {
        var scene = await MatchingScene.CreateAsync(App, extraMentors: 1, capacity: 1, extraRequests: 3);
        await App.WithDbAsync(async db =>
        {
            var program = await db.Programs.SingleAsync(p => p.Id == scene.ProgramId, Ct);
            program.Update(program.Name, ProgramTemplates.All[0].Settings with { MatchingMode = MatchingMode.MenteeChooses, MenteeChoices = 4 });
            return await db.SaveChangesAsync(Ct);
        });
        var requests = await App.WithDbAsync(db => db.MenteeRequests.Where(r => r.CycleId == scene.CycleId).OrderBy(r => r.Id).Select(r => r.Id).ToListAsync(Ct));
        string[] mentors = ["Gale Good", "Sam Same", "Extra 00", "Blair Boss"];
        for (var i = 0; i < 3; i++)
        {
            await App.WithScopeAsync(sp => sp.GetRequiredService<ProposeMatch.Handler>().ProposeAsync(scene.ProgramId, requests[i + 1], scene.VolunteerOf(mentors[i]), null,
                new ProposeMatch.MenteesAsk(App.Clock.GetUtcNow().AddDays(3), (_, _, _, _) => Task.CompletedTask), Ct));
        }
        Assert.Equal(3, await App.WithDbAsync(db => db.Pairings.CountAsync(p => p.Status == PairingStatus.Proposed, Ct)));
        App.Clock.Advance(TimeSpan.FromDays(4));

        var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(ExpireAsync, Ct)));

        Assert.Equal(3, runs.Sum());
        Assert.Equal(3, await App.WithDbAsync(db => db.Pairings.CountAsync(p => p.Status == PairingStatus.Expired, Ct)));
        Assert.Equal(3, await App.WithDbAsync(db => db.AuditEntries.CountAsync(e => e.Action == MatchAudit.Expired, Ct)));
        Assert.Equal(6, (await MailsAsync("ask-ended:")).Count);
        Assert.Equal(0, await App.WithDbAsync(db => db.MentorVolunteers.Where(v => v.CycleId == scene.CycleId).SumAsync(v => v.PlacesTaken, Ct)));
    }
}

public sealed class MenteeChoiceTestsOnSqlite(SqliteApp fixture) : MenteeChoiceTests(fixture), IClassFixture<SqliteApp>;

public sealed class MenteeChoiceTestsOnPostgres(PostgresApp fixture) : MenteeChoiceTests(fixture), IClassFixture<PostgresApp>;
