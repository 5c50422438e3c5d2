using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Ical.Net;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Matching;
using MentoringProgram.Web.Features.Pairings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>Ending early and the early check (issue 14): a member asks the coordinator to end their pairing, with a
/// reason and words only the coordinator reads, and may take it back; the coordinator keeps it going or dissolves it,
/// which frees the mentor's place and sends the mentee back to wait first in line, never again with the same mentor;
/// "Is this working?" opens on the right day, takes one answer per member, and a "No" flags the pairing without saying
/// who. Mail is delivered through real SMTP and read back from maildev.</summary>
public abstract class EndingEarlyTests(AppFixture fixture) : AppTests(fixture)
{
    private const string Words = "Canary e41c: my mentor cancels every week and I dread our calls";
    private const string NoteCanary = "Canary 9b2d: a private note about the reorganisation";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed record Pair(MatchingScene Scene, int PairingId, AppClient Mentee, AppClient Mentor, AppClient Coordinator, string CoordinatorEmail)
    {
        public string Page => $"/My/Pairings/{PairingId}";
        public string AskPage => $"{Page}/End";
        public string Review => $"/Programs/{Scene.ProgramId}/Cycles/{Scene.CycleId}/Pairings/{PairingId}";
        public string Board => $"/Programs/{Scene.ProgramId}/Cycles/{Scene.CycleId}/Progress";
        public string MentorEmail => Scene.Mentors["Gale Good"].Email;
    }

    /// <summary>Mina Mentee with Gale Good (one place, so a freed place shows), confirmed, and the clock
    /// <paramref name="days"/> days into the term; one more request (Other Mentee 00) waits in the cycle.</summary>
    private async Task<Pair> PairAsync(int days = 5)
    {
        var scene = await MatchingScene.CreateAsync(App, capacity: 1, extraRequests: 1);
        await App.CreateUserAsync(scene.MenteeEmail);
        await App.CreateUserAsync(scene.Mentors["Gale Good"].Email);
        var pairingId = await App.WithScopeAsync(async sp =>
        {
            var proposed = await sp.GetRequiredService<ProposeMatch.Handler>().HandleAsync(scene.ProgramId, scene.RequestId, scene.VolunteerOf("Gale Good"), null, Ct);
            var confirmed = await sp.GetRequiredService<ConfirmMatch.Handler>().HandleAsync(scene.ProgramId, proposed.MatchId!.Value, new ConfirmMatch.Command(), null, Ct);
            Assert.Null(confirmed.Refusal);
            return proposed.MatchId!.Value;
        });
        var starts = await App.WithDbAsync(db => db.Pairings.Where(p => p.Id == pairingId).Select(p => p.StartsOn).SingleAsync(Ct));
        App.Clock.Advance(TimeSpan.FromDays(starts.DayNumber - App.Today().DayNumber + days));
        var coordinatorEmail = Unique("coord");
        await App.CreateUserAsync(coordinatorEmail, coordinator: true);
        return new Pair(scene, pairingId, await LoginAsync(scene.MenteeEmail), await LoginAsync(scene.Mentors["Gale Good"].Email), await LoginAsync(coordinatorEmail), coordinatorEmail);
    }

    private static Task<HttpResponseMessage> AskAsync(AppClient member, Pair pair, string reason = "MismatchedSchedules", string message = Words) =>
        member.SubmitAsync(pair.AskPage, [new("Form.Reason", reason), new("Form.Message", message)], "form[action$='/End']");

    private static Task<HttpResponseMessage> DissolveAsync(Pair pair, string reason = "Schedules never matched") =>
        pair.Coordinator.SubmitAsync(pair.Review, [new("Dissolve.Reason", reason)], "form[action$='/Dissolve']");

    private Task<PairingEndRequest?> EndRequestAsync(int pairingId) =>
        App.WithDbAsync(db => db.PairingEndRequests.AsNoTracking().SingleOrDefaultAsync(r => r.PairingId == pairingId, Ct));

    private Task<List<Web.Email.OutboxMessage>> MailsAsync(string keyPrefix) =>
        App.WithDbAsync(db => db.OutboxMessages.AsNoTracking().Where(m => m.DeduplicationKey.StartsWith(keyPrefix)).ToListAsync(Ct));

    private Task<List<string>> AuditAsync(string subject) =>
        App.WithDbAsync(db => db.AuditEntries.Where(e => e.Subject == subject).OrderBy(e => e.Id).Select(e => e.Action).ToListAsync(Ct));

    private static IElement BoardRow(IDocument board) => Assert.Single(board.QuerySelectorAll("table tbody tr"));

    private static string MainText(IDocument page) => page.QuerySelector("main")!.TextContent;

    [Fact]
    public async Task AMemberAsksToEnd_TheCoordinatorIsMailedWithoutTheirWords_TheBoardFlagsIt_AndTheOtherMemberIsNotTold()
    {
        var pair = await PairAsync();
        ((ISmtpFixture)Fixture).Gate.Open();
        await pair.Mentor.SubmitAsync(pair.Page, [new("Form.HeldOn", App.Today().ToString("yyyy-MM-dd")), new("Form.Minutes", "30"), new("Form.Format", "Video"),
            new("Form.Note", NoteCanary)], "form[action$='/Meetings']");

        var form = await pair.Mentee.GetPageAsync(pair.AskPage);
        Assert.Contains("The coordinator reads this; it is not a private note", MainText(form));
        Assert.Equal(6, form.QuerySelectorAll("input[name='Form.Reason']").Length);
        Assert.NotNull((await pair.Mentee.GetPageAsync(pair.Page)).QuerySelector($"a[href='{pair.AskPage}']"));

        var asked = await AskAsync(pair.Mentee, pair);

        Assert.Equal(HttpStatusCode.Redirect, asked.StatusCode);
        Assert.Equal(pair.Page, asked.Headers.Location!.OriginalString);
        var request = await EndRequestAsync(pair.PairingId);
        Assert.NotNull(request);
        Assert.Equal((EndRequestStatus.Open, EndRequestReason.MismatchedSchedules, Words), (request.Status, request.Reason, request.Message));
        var menteePage = await pair.Mentee.GetPageAsync(pair.Page);
        Assert.Contains("You asked the coordinator to end this pairing", MainText(menteePage));
        Assert.NotNull(menteePage.QuerySelector("form[action$='/End/TakeBack']"));
        // The mentor is not told: nothing on their page, no mail.
        var mentorPage = await pair.Mentor.GetPageAsync(pair.Page);
        Assert.DoesNotContain("asked the coordinator", MainText(mentorPage));
        Assert.DoesNotContain(Words, MainText(mentorPage));

        await App.DeliverAsync();
        var received = new Maildev(Maildev.ApiBase!);
        var notice = Assert.Single(await received.ToAsync(pair.CoordinatorEmail));
        Assert.Equal("Mina Mentee asks to end their pairing", notice.Subject);
        Assert.Contains("Our schedules do not match", notice.Text);
        Assert.Contains($"https://localhost{pair.Review}", notice.Text);
        Assert.DoesNotContain("Canary", notice.Text + notice.Html);
        // The mentor got their introduction at the start, and nothing since.
        Assert.All(await received.ToAsync(pair.MentorEmail), m => Assert.StartsWith("Meet your mentee", m.Subject));

        var board = await pair.Coordinator.GetPageAsync(pair.Board);
        var row = BoardRow(board);
        Assert.Contains(PairingFlags.EndRequested, row.TextContent);
        Assert.Equal(pair.Review, row.QuerySelector("a")!.GetAttribute("href"));
        var review = await pair.Coordinator.GetAsync(pair.Review);
        var reviewText = await review.Content.ReadAsStringAsync(Ct);
        Assert.Contains("Canary e41c", reviewText);
        Assert.Contains("Our schedules do not match", reviewText);
        foreach (var page in new[] { reviewText, await (await pair.Coordinator.GetAsync(pair.Board)).Content.ReadAsStringAsync(Ct) })
        {
            Assert.DoesNotContain("Canary 9b2d", page);
            Assert.DoesNotContain(MatchingScene.Goals, page);
        }
        Assert.Equal([PairingAudit.EndRequested], await AuditAsync(PairingAudit.Subject(pair.PairingId)));
        Assert.DoesNotContain("Canary", string.Join(" ", await App.WithDbAsync(db => db.AuditEntries.Select(e => e.Details ?? "").ToListAsync(Ct))));

        // The mentor who sets out to ask too is told a request is already in (they want the same), and a post changes nothing.
        Assert.Contains("already with the coordinator", MainText(await pair.Mentor.GetPageAsync(pair.AskPage)));
        var second = await pair.Mentor.PostAsync(pair.AskPage, [new("__RequestVerificationToken", await pair.Mentor.TokenAsync(pair.Page)), new("Form.Reason", "Transfer")]);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Contains("already with the coordinator", MainText(await AppClient.ParseAsync(second)));
        Assert.Equal(EndRequestReason.MismatchedSchedules, (await EndRequestAsync(pair.PairingId))!.Reason);
    }

    [Fact]
    public async Task TheMemberTakesTheRequestBack_TheCoordinatorIsTold_TheFlagGoes_AndTheyMayAskAgain()
    {
        var pair = await PairAsync();
        await AskAsync(pair.Mentee, pair);

        var takenBack = await pair.Mentee.SubmitAsync(pair.Page, [], "form[action$='/End/TakeBack']");

        Assert.Equal(HttpStatusCode.Redirect, takenBack.StatusCode);
        Assert.Equal(EndRequestStatus.TakenBack, (await EndRequestAsync(pair.PairingId))!.Status);
        Assert.Single(await MailsAsync($"end-taken-back:{pair.PairingId}:"), m => m.ToAddress == pair.CoordinatorEmail);
        Assert.DoesNotContain(PairingFlags.EndRequested, BoardRow(await pair.Coordinator.GetPageAsync(pair.Board)).TextContent);
        // The mentor cannot take back a request that is not theirs; replaying the take-back is refused in words.
        var replay = await pair.Mentee.PostAsync($"{pair.Page}/End/TakeBack", [new("__RequestVerificationToken", await pair.Mentee.TokenAsync(pair.Page))]);
        Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
        Assert.Contains("no request", MainText(await pair.Mentee.GetPageAsync(pair.Page)), StringComparison.OrdinalIgnoreCase);

        Assert.Equal(HttpStatusCode.Redirect, (await AskAsync(pair.Mentor, pair, "Promotion", "")).StatusCode);
        var again = await EndRequestAsync(pair.PairingId);
        Assert.Equal((EndRequestStatus.Open, EndRequestReason.Promotion, (string?)null), (again!.Status, again.Reason, again.Message));
        Assert.Equal(1, await App.WithDbAsync(db => db.PairingEndRequests.CountAsync(r => r.PairingId == pair.PairingId, Ct)));
        Assert.Equal([PairingAudit.EndRequested, PairingAudit.EndRequestTakenBack, PairingAudit.EndRequested], await AuditAsync(PairingAudit.Subject(pair.PairingId)));
    }

    [Fact]
    public async Task TheCoordinatorKeepsItGoing_OnlyTheMemberWhoAskedIsMailedTheWord_AndThePairingGoesOn()
    {
        var pair = await PairAsync();
        await AskAsync(pair.Mentor, pair, "SignificantNewDuties", "");

        var kept = await pair.Coordinator.SubmitAsync(pair.Review, [new("Keep.Word", "Let us find a lighter rhythm first.")], "form[action$='/KeepGoing']");

        Assert.Equal(HttpStatusCode.Redirect, kept.StatusCode);
        Assert.Equal(EndRequestStatus.KeptGoing, (await EndRequestAsync(pair.PairingId))!.Status);
        Assert.Equal(PairingStatus.Active, await App.WithDbAsync(db => db.Pairings.Where(p => p.Id == pair.PairingId).Select(p => p.Status).SingleAsync(Ct)));
        var mail = Assert.Single(await MailsAsync($"end-kept-going:{pair.PairingId}:"));
        Assert.Equal(pair.MentorEmail, mail.ToAddress);
        Assert.Contains("Let us find a lighter rhythm first.", mail.TextBody);
        Assert.Contains("Let us find a lighter rhythm first.", MainText(await pair.Mentor.GetPageAsync(pair.Page)));
        Assert.DoesNotContain("lighter rhythm", MainText(await pair.Mentee.GetPageAsync(pair.Page)));
        Assert.DoesNotContain(PairingFlags.EndRequested, BoardRow(await pair.Coordinator.GetPageAsync(pair.Board)).TextContent);
        Assert.Null((await pair.Coordinator.GetPageAsync(pair.Review)).QuerySelector("form[action$='/KeepGoing']"));

        // Replayed, or with an overlong word: words on the page, never a 500, nothing written twice.
        var replay = await pair.Coordinator.PostAsync($"{pair.Review}/KeepGoing", [new("__RequestVerificationToken", await pair.Coordinator.TokenAsync(pair.Review)), new("Keep.Word", "")]);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Contains("no request to end this pairing waiting", MainText(await AppClient.ParseAsync(replay)));
        Assert.Single(await MailsAsync($"end-kept-going:{pair.PairingId}:"));
    }

    [Fact]
    public async Task Dissolving_FreesThePlace_SendsTheMenteeBackFirst_MailsBoth_Audits_AndNeverSuggestsThePairAgain()
    {
        var pair = await PairAsync();
        await AskAsync(pair.Mentee, pair);
        var volunteer = pair.Scene.VolunteerOf("Gale Good");
        Assert.Equal(1, await App.WithDbAsync(db => db.MentorVolunteers.Where(v => v.Id == volunteer).Select(v => v.PlacesTaken).SingleAsync(Ct)));

        var dissolved = await DissolveAsync(pair);

        Assert.Equal(HttpStatusCode.Redirect, dissolved.StatusCode);
        var (pairing, request, placesTaken, endRequest) = await App.WithDbAsync(async db => (
            await db.Pairings.AsNoTracking().SingleAsync(p => p.Id == pair.PairingId, Ct),
            await db.MenteeRequests.AsNoTracking().SingleAsync(r => r.Id == pair.Scene.RequestId, Ct),
            await db.MentorVolunteers.Where(v => v.Id == volunteer).Select(v => v.PlacesTaken).SingleAsync(Ct),
            await db.PairingEndRequests.AsNoTracking().SingleAsync(r => r.PairingId == pair.PairingId, Ct)));
        Assert.Equal((PairingStatus.Dissolved, "Schedules never matched", App.Today()), (pairing.Status, pairing.EndReason, pairing.EndedOn!.Value));
        Assert.Equal(0, placesTaken);
        Assert.True(request.WaitsForRematch);
        Assert.Equal(EndRequestStatus.Granted, endRequest.Status);
        var mails = await MailsAsync($"dissolved:{pair.PairingId}:");
        Assert.Equal(new[] { pair.MentorEmail, pair.Scene.MenteeEmail }.Order(StringComparer.Ordinal), mails.Select(m => m.ToAddress).Order(StringComparer.Ordinal));
        var toMentee = mails.Single(m => m.ToAddress == pair.Scene.MenteeEmail);
        Assert.Equal("Your pairing with Gale Good has ended", toMentee.Subject);
        Assert.Contains("ahead of new requests", toMentee.TextBody);
        Assert.DoesNotContain("Schedules never matched", toMentee.TextBody + mails.Single(m => m.ToAddress == pair.MentorEmail).TextBody);
        Assert.Equal([PairingAudit.EndRequested, PairingAudit.Dissolved], await AuditAsync(PairingAudit.Subject(pair.PairingId)));
        Assert.Contains(PairingAudit.ReturnedForRematch, await AuditAsync(MatchAudit.Subject(pair.Scene.RequestId)));

        // The mentee waits again, first in the coordinator's list with a badge, and knows it.
        var list = await pair.Coordinator.GetPageAsync($"/Programs/{pair.Scene.ProgramId}/Requests");
        var first = list.QuerySelectorAll("table tbody tr")[0].TextContent;
        Assert.Contains("Mina Mentee", first);
        Assert.Contains("Rematch", first);
        Assert.DoesNotContain("Rematch", list.QuerySelectorAll("table tbody tr")[1].TextContent);
        var board = await pair.Coordinator.GetPageAsync($"/Programs/{pair.Scene.ProgramId}/Cycles/{pair.Scene.CycleId}/Matching");
        Assert.Contains("Mina Mentee", board.QuerySelector("#rematch-heading")!.ParentElement!.TextContent);
        Assert.Contains("waiting for a new mentor", MainText(await pair.Mentee.GetPageAsync("/My")));
        Assert.Empty(BoardRows(await pair.Coordinator.GetPageAsync(pair.Board)));

        // The pair is never suggested again; the freed place goes to someone else, up to the mentor's capacity.
        var suggestionsUrl = $"/Programs/{pair.Scene.ProgramId}/Requests/{pair.Scene.RequestId}/Suggestions";
        Assert.NotNull((await pair.Coordinator.GetPageAsync(pair.Review)).QuerySelector($"a[href='{suggestionsUrl}']"));
        var suggestions = await pair.Coordinator.GetPageAsync(suggestionsUrl);
        Assert.DoesNotContain("Gale Good", string.Join(" ", suggestions.QuerySelectorAll("ol.suggestions > li h2").Select(h => h.TextContent)));
        Assert.Contains("Gale Good: Their earlier pairing was dissolved.", suggestions.QuerySelector("details")!.TextContent);
        var (otherRequest, proposedAgain) = await App.WithScopeAsync(async sp =>
        {
            var other = await sp.GetRequiredService<Web.Data.AppDbContext>().MenteeRequests.Where(r => r.CycleId == pair.Scene.CycleId && r.Id != pair.Scene.RequestId)
                .Select(r => r.Id).SingleAsync(Ct);
            var propose = sp.GetRequiredService<ProposeMatch.Handler>();
            return (other, await propose.HandleAsync(pair.Scene.ProgramId, other, volunteer, null, Ct));
        });
        Assert.Null(proposedAgain.Refusal);
        var full = await App.WithScopeAsync(sp => sp.GetRequiredService<ProposeMatch.Handler>().HandleAsync(pair.Scene.ProgramId, pair.Scene.RequestId, volunteer, null, Ct));
        Assert.NotNull(full.Refusal);
        Assert.True(otherRequest > 0);

        // Bulk matching still works with the request back in the pool, and leaves the dissolved pair apart.
        var run = await pair.Coordinator.SubmitAsync($"/Programs/{pair.Scene.ProgramId}/Cycles/{pair.Scene.CycleId}/Matching", [], "form[action$='/Matching/Runs']");
        Assert.Equal(HttpStatusCode.Redirect, run.StatusCode);
        Assert.DoesNotContain(await App.WithDbAsync(db => db.Set<MatchRunRow>().Where(r => r.MenteeRequestId == pair.Scene.RequestId).Select(r => r.MentorVolunteerId).ToListAsync(Ct)),
            v => v == volunteer);

        // Replayed: refused in words, nothing mailed twice.
        var replay = await pair.Coordinator.PostAsync($"{pair.Review}/Dissolve", [new("__RequestVerificationToken", await pair.Coordinator.TokenAsync(pair.Review)), new("Dissolve.Reason", "Again")]);
        Assert.Equal(HttpStatusCode.OK, replay.StatusCode);
        Assert.Contains("can no longer change", MainText(await AppClient.ParseAsync(replay)));
        Assert.Equal(2, (await MailsAsync($"dissolved:{pair.PairingId}:")).Count);
    }

    private static IHtmlCollection<IElement> BoardRows(IDocument board) => board.QuerySelectorAll("table tbody tr");

    [Theory]
    [InlineData("", "Dissolve.Reason")]
    [InlineData("   ", "Dissolve.Reason")]
    [InlineData("long", "Dissolve.Reason")]
    public async Task DissolvingWithoutAReason_OrAnOverlongOne_ComesBackWithTheMessage_KeepsWhatWasTyped_AndChangesNothing(string reason, string field)
    {
        var pair = await PairAsync();
        var typed = reason == "long" ? new string('r', Pairing.EndReasonLength + 1) : reason;

        var response = await DissolveAsync(pair, typed);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        Assert.NotNull(AppClient.FieldError(page, field));
        Assert.Equal(typed, page.QuerySelector("textarea[name='Dissolve.Reason']")!.TextContent);
        Assert.Equal(PairingStatus.Active, await App.WithDbAsync(db => db.Pairings.Where(p => p.Id == pair.PairingId).Select(p => p.Status).SingleAsync(Ct)));
        Assert.Empty(await MailsAsync($"dissolved:{pair.PairingId}:"));
        Assert.Empty(await AuditAsync(PairingAudit.Subject(pair.PairingId)));
    }

    [Theory]
    [InlineData("", "Words kept", "Form.Reason")]
    [InlineData("Homesick", "Words kept", "Form.Reason")]
    [InlineData("42", "Words kept", "Form.Reason")]
    [InlineData("Other", "long", "Form.Message")]
    public async Task AskingWithoutAListedReason_OrOverlongWords_ComesBackWithTheMessage_KeepsWhatWasTyped_AndWritesNothing(string reason, string message, string field)
    {
        var pair = await PairAsync();
        var typed = message == "long" ? new string('w', PairingEndRequest.MessageLength + 1) : message;

        var response = await AskAsync(pair.Mentee, pair, reason, typed);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        Assert.NotNull(AppClient.FieldError(page, field));
        Assert.Equal(typed, page.QuerySelector("textarea[name='Form.Message']")!.TextContent);
        Assert.Null(await EndRequestAsync(pair.PairingId));
        Assert.Empty(await MailsAsync($"end-requested:{pair.PairingId}:"));
    }

    [Fact]
    public async Task SwappedIds_AStranger_AndAMemberOfAnotherPairing_FindNothing_AndChangeNothing()
    {
        var pair = await PairAsync();
        var other = await MatchingScene.CreateAsync(App, capacity: 1);
        await App.CreateUserAsync(other.MenteeEmail);
        var otherPairingId = await App.WithScopeAsync(async sp =>
        {
            var proposed = await sp.GetRequiredService<ProposeMatch.Handler>().HandleAsync(other.ProgramId, other.RequestId, other.VolunteerOf("Gale Good"), null, Ct);
            await sp.GetRequiredService<ConfirmMatch.Handler>().HandleAsync(other.ProgramId, proposed.MatchId!.Value, new ConfirmMatch.Command(), null, Ct);
            return proposed.MatchId!.Value;
        });
        var otherMember = await LoginAsync(other.MenteeEmail);
        var strangerEmail = Unique("stranger");
        await App.CreateUserAsync(strangerEmail);
        var stranger = await LoginAsync(strangerEmail);

        foreach (var outsider in new[] { stranger, otherMember, pair.Coordinator })
        {
            var token = await outsider.TokenAsync();
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(pair.AskPage)).StatusCode);
            foreach (var (path, fields) in new (string, KeyValuePair<string, string>[])[]
            {
                (pair.AskPage, [new("Form.Reason", "Other")]), ($"{pair.AskPage}/TakeBack", []), ($"{pair.Page}/EarlyCheck", [new("reply", "No")]),
            })
            {
                Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsync(path, [new("__RequestVerificationToken", token), .. fields])).StatusCode);
            }
        }
        var coordinatorToken = await pair.Coordinator.TokenAsync();
        foreach (var wrong in new[]
        {
            $"/Programs/{pair.Scene.ProgramId}/Cycles/{pair.Scene.CycleId}/Pairings/{otherPairingId}",
            $"/Programs/{other.ProgramId}/Cycles/{other.CycleId}/Pairings/{pair.PairingId}",
            $"/Programs/{pair.Scene.ProgramId}/Cycles/{other.CycleId}/Pairings/{otherPairingId}",
            $"/Programs/{pair.Scene.ProgramId}/Cycles/{pair.Scene.CycleId}/Pairings/987654",
        })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await pair.Coordinator.GetAsync(wrong)).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await pair.Coordinator.PostAsync($"{wrong}/Dissolve", [new("__RequestVerificationToken", coordinatorToken), new("Dissolve.Reason", "x")])).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await pair.Coordinator.PostAsync($"{wrong}/KeepGoing", [new("__RequestVerificationToken", coordinatorToken)])).StatusCode);
        }
        // A member is not a coordinator.
        var asMember = await pair.Mentee.GetAsync(pair.Review);
        Assert.Equal(HttpStatusCode.Redirect, asMember.StatusCode);
        Assert.Contains("AccessDenied", asMember.Headers.Location!.ToString());
        Assert.Null(await EndRequestAsync(pair.PairingId));
        Assert.Empty(await App.WithDbAsync(db => db.EarlyCheckAnswers.ToListAsync(Ct)));
        Assert.Equal(2, await App.WithDbAsync(db => db.Pairings.CountAsync(p => p.Status == PairingStatus.Active, Ct)));
    }

    [Fact]
    public async Task TheEarlyCheck_OpensOnItsDay_TakesOneAnswerPerMember_AndANoFlagsThePairingWithoutSayingWho()
    {
        var pair = await PairAsync(days: 29);
        Assert.Null((await pair.Mentee.GetPageAsync(pair.Page)).QuerySelector("#early-check-heading"));
        var early = await pair.Mentee.PostAsync($"{pair.Page}/EarlyCheck", [new("__RequestVerificationToken", await pair.Mentee.TokenAsync(pair.Page)), new("reply", "No")]);
        Assert.Equal(HttpStatusCode.Redirect, early.StatusCode);
        Assert.Empty(await App.WithDbAsync(db => db.EarlyCheckAnswers.ToListAsync(Ct)));

        App.Clock.Advance(TimeSpan.FromDays(1));
        var mentee = await LoginAsync(pair.Scene.MenteeEmail);
        var mentor = await LoginAsync(pair.MentorEmail);
        var coordinator = await LoginAsync(pair.CoordinatorEmail);
        var page = await mentee.GetPageAsync(pair.Page);
        Assert.Equal("Is this working?", page.QuerySelector("#early-check-heading")!.TextContent);
        Assert.Equal(["Yes", "NotSure", "No"], page.QuerySelectorAll("button[name='reply']").Select(b => b.GetAttribute("value")!));

        Assert.Equal(HttpStatusCode.Redirect, (await mentee.SubmitAsync(pair.Page, [new("reply", "No")], "form[action$='/EarlyCheck']")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await mentor.SubmitAsync(pair.Page, [new("reply", "Yes")], "form[action$='/EarlyCheck']")).StatusCode);

        // Once each: the question is gone, and a replay says so instead of failing.
        var answered = await mentee.GetPageAsync(pair.Page);
        Assert.Null(answered.QuerySelector("#early-check-heading"));
        var replay = await mentee.PostAsync($"{pair.Page}/EarlyCheck", [new("__RequestVerificationToken", await mentee.TokenAsync(pair.Page)), new("reply", "Yes")]);
        Assert.Equal(HttpStatusCode.Redirect, replay.StatusCode);
        Assert.Contains(AnswerEarlyCheck.AlreadyAnswered, MainText(await mentee.GetPageAsync(pair.Page)));
        var answers = await App.WithDbAsync(db => db.EarlyCheckAnswers.AsNoTracking().Where(a => a.PairingId == pair.PairingId).ToListAsync(Ct));
        Assert.Equal([EarlyCheckReply.Yes, EarlyCheckReply.No], answers.Select(a => a.Reply).Order().ToList());

        var row = BoardRow(await coordinator.GetPageAsync(pair.Board));
        Assert.Contains(PairingFlags.EarlyCheckNo, row.TextContent);
        var review = MainText(await coordinator.GetPageAsync(pair.Review));
        Assert.Contains(PairingFlags.EarlyCheckNo, review);
        Assert.DoesNotContain("Mina Mentee answered", review);
        Assert.DoesNotContain("Not sure", review);
        // The audit log says that a member answered, never what.
        Assert.All(await App.WithDbAsync(db => db.AuditEntries.Where(e => e.Action == PairingAudit.EarlyCheckAnswered).Select(e => e.Details).ToListAsync(Ct)), Assert.Null);
    }

    [Fact]
    public async Task TheEarlyCheck_OpensOnTheDayOfTheSecondMeeting_WhenThatComesFirst()
    {
        var pair = await PairAsync(days: 10);
        foreach (var daysAgo in new[] { 8, 0 })
        {
            await pair.Mentee.SubmitAsync(pair.Page, [new("Form.HeldOn", App.Today().AddDays(-daysAgo).ToString("yyyy-MM-dd")), new("Form.Minutes", "30"),
                new("Form.Format", "Video"), new("Form.Note", "")], "form[action$='/Meetings']");
        }

        Assert.NotNull((await pair.Mentor.GetPageAsync(pair.Page)).QuerySelector("#early-check-heading"));
    }

    [Fact]
    public async Task MeetingsOnlyScheduled_DoNotOpenTheEarlyCheck()
    {
        var pair = await PairAsync(days: 10);
        foreach (var daysAhead in new[] { 1, 2 })
        {
            var scheduled = await pair.Mentee.SubmitAsync(pair.Page, [new("Schedule.Day", App.Today().AddDays(daysAhead).ToString("yyyy-MM-dd")), new("Schedule.Time", "10:00"),
                new("Schedule.Minutes", "30"), new("Schedule.Format", "Video"), new("Schedule.Place", "")], "form[action$='/Meetings/Schedule']");
            Assert.Equal(HttpStatusCode.Redirect, scheduled.StatusCode);
        }
        // Both meetings' times have come, but neither was marked held: the second held meeting has not happened.
        App.Clock.Advance(TimeSpan.FromDays(3));

        var page = await (await LoginAsync(pair.Scene.Mentors["Gale Good"].Email)).GetPageAsync(pair.Page);

        Assert.Null(page.QuerySelector("#early-check-heading"));
    }

    [Fact]
    public async Task Dissolving_CancelsTheMeetingsStillToCome_SoBothFeedsShowThemCancelled_AndLeavesTheHeldOnes()
    {
        var pair = await PairAsync();
        var today = App.Today();
        foreach (var days in new[] { 3, 10 })
        {
            Assert.Equal(HttpStatusCode.Redirect, (await pair.Mentee.SubmitAsync(pair.Page,
                [new("Schedule.Day", today.AddDays(days).ToString("yyyy-MM-dd")), new("Schedule.Time", "10:00"), new("Schedule.Minutes", "45"), new("Schedule.Format", "Video")],
                "form[action$='/Meetings/Schedule']")).StatusCode);
        }
        Assert.Equal(HttpStatusCode.Redirect, (await pair.Mentor.SubmitAsync(pair.Page,
            [new("Form.HeldOn", today.AddDays(-1).ToString("yyyy-MM-dd")), new("Form.Minutes", "40"), new("Form.Format", "Phone")], "form[action$='/Meetings']")).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await DissolveAsync(pair)).StatusCode);

        var meetings = await App.WithDbAsync(db => db.Meetings.AsNoTracking().Where(m => m.PairingId == pair.PairingId).OrderBy(m => m.HeldOn).ToListAsync(Ct));
        Assert.Equal([MeetingStatus.Held, MeetingStatus.Cancelled, MeetingStatus.Cancelled], meetings.Select(m => m.Status));
        Assert.All(meetings.Skip(1), m => Assert.Equal(1, m.Sequence));
        foreach (var member in new[] { pair.Mentee, pair.Mentor })
        {
            var page = await member.GetPageAsync(pair.Page);
            Assert.Contains("No meeting scheduled.", MainText(page));
            var feed = new Uri(page.QuerySelector<IHtmlInputElement>("#feed-url")!.Value).PathAndQuery;
            var calendar = Calendar.Load(await (await NewClient().GetAsync(feed)).Content.ReadAsStringAsync(Ct))!;
            Assert.Equal(2, calendar.Events.Count(e => e.Status == EventStatus.Cancelled));
        }
    }
}

public sealed class EndingEarlyTestsOnSqlite(SmtpSqliteApp fixture) : EndingEarlyTests(fixture), IClassFixture<SmtpSqliteApp>;

public sealed class EndingEarlyTestsOnPostgres(SmtpPostgresApp fixture) : EndingEarlyTests(fixture), IClassFixture<SmtpPostgresApp>;
