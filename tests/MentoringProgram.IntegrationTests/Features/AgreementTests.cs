using System.Net;
using System.Text.RegularExpressions;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Agreements;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>The pair's agreement (issue 14): either member writes it, which confirms it for them and mails the other to
/// confirm; any change asks both again; a member never overwrites or confirms a version they have not read; nobody but
/// the pair reads it, the coordinator included, by any page or mail.</summary>
public abstract class AgreementTests(AppFixture fixture) : AppTests(fixture)
{
    private const string Canary = "Canary 51c9: I want to leave my department";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static List<KeyValuePair<string, string>> Fields(string goals, string plan = "An hour every two weeks", string until = "", string version = "0", bool outside = false)
    {
        List<KeyValuePair<string, string>> fields =
        [
            new("Form.Goals", goals), new("Form.MeetingPlan", plan), new("Form.PlannedUntil", until),
            new("Form.Confidentiality", "Between us"), new("Form.Version", version),
        ];
        if (outside)
        {
            fields.Add(new("Form.OutsideWorkHours", "true"));
        }
        return fields;
    }

    private static string AgreementUrl(ConfirmedPair pair) => $"{pair.Page}/Agreement";

    private Task<PairingAgreement?> AgreementAsync(ConfirmedPair pair) =>
        App.WithDbAsync(db => db.PairingAgreements.AsNoTracking().SingleOrDefaultAsync(a => a.PairingId == pair.PairingId, Ct));

    private async Task<(ConfirmedPair Pair, AppClient Mentee, AppClient Mentor)> SignedInPairAsync()
    {
        var pair = await ConfirmedPair.CreateAsync(App);
        await pair.IntoTheTermAsync(App, 2);
        return (pair, await LoginAsync(pair.MenteeEmail), await LoginAsync(pair.MentorEmail));
    }

    [Fact]
    public async Task TheMenteeWritesIt_TheMentorIsMailedAndConfirms_AndBothSeeItAgreed()
    {
        var (pair, mentee, mentor) = await SignedInPairAsync();
        var pairingPage = await mentee.GetPageAsync(pair.Page);
        Assert.Contains("Write our agreement", pairingPage.QuerySelector("#agreement")!.ParentElement!.TextContent);
        var form = await mentee.GetPageAsync(AgreementUrl(pair));
        Assert.Equal(WriteAgreement.DefaultConfidentiality, form.QuerySelector("#Form_Confidentiality")!.TextContent.Trim());

        var saved = await mentee.SubmitAsync(AgreementUrl(pair), Fields($"  {Canary}  ", outside: true));

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal($"{pair.Page}#agreement", saved.Headers.Location!.OriginalString);
        var agreement = await AgreementAsync(pair);
        Assert.NotNull(agreement);
        Assert.Equal((Canary, "An hour every two weeks", true, 1), (agreement.Goals, agreement.MeetingFrequency, agreement.OutsideWorkHours, agreement.Version));
        Assert.NotNull(agreement.MenteeAcceptedAt);
        Assert.Null(agreement.MentorAcceptedAt);

        await App.DeliverAsync();
        var mail = Assert.Single(await App.MessagesToAsync(pair.MentorEmail), m => m.Subject?.Contains("agreement", StringComparison.Ordinal) == true);
        Assert.Equal("Mina Mentee wrote down your mentoring agreement", mail.Subject);
        Assert.DoesNotContain("Canary", mail.TextBody + mail.HtmlBody);
        Assert.Equal($"https://localhost{AgreementUrl(pair)}", mail.FirstLink("/Agreement"));

        var asMentor = await mentor.GetPageAsync(pair.Page);
        Assert.Contains(Canary, asMentor.QuerySelector("main")!.TextContent);
        Assert.Contains("Waiting for Gale Good", Regex.Replace((await mentee.GetPageAsync(pair.Page)).QuerySelector("#agreement")!.ParentElement!.TextContent, @"\s+", " "));
        var confirmed = await mentor.SubmitAsync(pair.Page, [new("version", "1")], "form[action$='/Agreement/Confirm']");

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        agreement = await AgreementAsync(pair);
        Assert.True(agreement!.IsAgreed);
        foreach (var client in new[] { mentee, mentor })
        {
            var page = await client.GetPageAsync(pair.Page);
            Assert.Contains("Agreed", page.QuerySelector("#agreement")!.ParentElement!.TextContent);
            Assert.Null(page.QuerySelector("form[action$='/Agreement/Confirm']"));
        }
        var audit = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(e => e.Subject == AgreementAudit.Subject(pair.PairingId)).OrderBy(e => e.Id).ToListAsync(Ct));
        Assert.Equal([AgreementAudit.Written, AgreementAudit.Confirmed], audit.Select(e => e.Action));
        Assert.DoesNotContain(audit, e => (e.Details ?? "").Contains("Canary", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AChange_AsksBothAgain_ConfirmedByItsWriter_AndMailsTheOther()
    {
        var (pair, mentee, mentor) = await SignedInPairAsync();
        await mentee.SubmitAsync(AgreementUrl(pair), Fields("Learn budgeting"));
        await mentor.SubmitAsync(pair.Page, [new("version", "1")], "form[action$='/Agreement/Confirm']");
        Assert.True((await AgreementAsync(pair))!.IsAgreed);

        var form = await mentor.GetPageAsync(AgreementUrl(pair));
        Assert.Equal("Learn budgeting", form.QuerySelector("#Form_Goals")!.TextContent.Trim());
        var changed = await mentor.SubmitAsync(AgreementUrl(pair), Fields("Learn budgeting and grant writing", version: "1"));

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        var agreement = await AgreementAsync(pair);
        Assert.Equal((2, false), (agreement!.Version, agreement.IsAgreed));
        Assert.Null(agreement.MenteeAcceptedAt);
        Assert.NotNull(agreement.MentorAcceptedAt);
        Assert.NotNull((await mentee.GetPageAsync(pair.Page)).QuerySelector("form[action$='/Agreement/Confirm']"));
        await App.DeliverAsync();
        Assert.Single(await App.MessagesToAsync(pair.MenteeEmail), m => m.Subject == "Gale Good changed your mentoring agreement");
    }

    [Fact]
    public async Task AVersionNotRead_IsNeitherOverwrittenNorConfirmed_AndWhatWasTypedIsKept()
    {
        var (pair, mentee, mentor) = await SignedInPairAsync();
        await mentee.SubmitAsync(AgreementUrl(pair), Fields("Version one"));
        // The mentee still has version 1 open while the mentor changes it to version 2.
        var menteeForm = await mentee.GetPageAsync(AgreementUrl(pair));
        var menteeConfirmToken = await mentee.TokenAsync(pair.Page);
        await mentor.SubmitAsync(AgreementUrl(pair), Fields("Version two, by the mentor", version: "1"));

        var overwrite = await mentee.PostAsync(AgreementUrl(pair), [new("__RequestVerificationToken", await mentee.TokenAsync(AgreementUrl(pair))), .. Fields("My stale change", version: "1")]);
        var page = await AppClient.ParseAsync(overwrite);
        Assert.Equal(HttpStatusCode.OK, overwrite.StatusCode);
        Assert.Contains("Gale Good changed the agreement while you had it open", page.QuerySelector("main")!.TextContent);
        Assert.Equal("My stale change", page.QuerySelector("#Form_Goals")!.TextContent.Trim());

        var staleConfirm = await mentee.PostAsync($"{AgreementUrl(pair)}/Confirm", [new("__RequestVerificationToken", menteeConfirmToken), new("version", "1")]);
        Assert.Equal(HttpStatusCode.Redirect, staleConfirm.StatusCode);
        var agreement = await AgreementAsync(pair);
        Assert.Equal(("Version two, by the mentor", 2), (agreement!.Goals, agreement.Version));
        Assert.Null(agreement.MenteeAcceptedAt);
        Assert.NotNull(menteeForm);
    }

    [Theory]
    [InlineData("", "", "Write down at least one goal for the pairing.")]
    [InlineData("oversized", "", "Keep the goals to 4,000 characters or fewer.")]
    [InlineData("Goals", "1999-01-01", "Pick a day within your term")]
    [InlineData("Goals", "not-a-day", "is not a value this field takes")]
    public async Task BadInput_GetsAMessageNextToTheField_KeepsWhatWasTyped_AndWritesNothing(string goals, string until, string message)
    {
        var (pair, mentee, _) = await SignedInPairAsync();
        var typed = goals == "oversized" ? new string('g', PairingAgreement.GoalsLength + 1) : goals;

        var response = await mentee.SubmitAsync(AgreementUrl(pair), Fields(typed, plan: "Kept plan", until: until));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        var field = string.IsNullOrEmpty(until) || goals != "Goals" ? "Form_Goals" : "Form_PlannedUntil";
        Assert.Contains(message, page.QuerySelector($"#{field}-error")!.TextContent);
        Assert.Equal("Kept plan", page.QuerySelector("#Form_MeetingPlan")!.TextContent.Trim());
        Assert.Null(await AgreementAsync(pair));
    }

    [Fact]
    public async Task NobodyElse_ReadsWritesOrConfirmsIt_AndTheCoordinatorsPagesAndTheOutboxNeverShowIt()
    {
        var (pair, mentee, _) = await SignedInPairAsync();
        await mentee.SubmitAsync(AgreementUrl(pair), Fields(Canary));
        var strangerEmail = Unique("stranger");
        await App.CreateUserAsync(strangerEmail);
        var coordinatorEmail = Unique("coord");
        await App.CreateUserAsync(coordinatorEmail, coordinator: true);
        var stranger = await LoginAsync(strangerEmail);
        var coordinator = await LoginAsync(coordinatorEmail);

        foreach (var outsider in new[] { stranger, coordinator })
        {
            var token = await outsider.TokenAsync();
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.GetAsync(AgreementUrl(pair))).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsync(AgreementUrl(pair), [new("__RequestVerificationToken", token), .. Fields("Taken over", version: "1")])).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await outsider.PostAsync($"{AgreementUrl(pair)}/Confirm", [new("__RequestVerificationToken", token), new("version", "1")])).StatusCode);
        }
        var agreement = await AgreementAsync(pair);
        Assert.Equal((Canary, 1), (agreement!.Goals, agreement.Version));
        Assert.Null(agreement.MentorAcceptedAt);
        foreach (var url in new[] { $"/Programs/{pair.Scene.ProgramId}/Cycles/{pair.Scene.CycleId}/Progress", "/Audit", "/Outbox" })
        {
            var response = await coordinator.GetAsync(url);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.DoesNotContain("Canary 51c9", await response.Content.ReadAsStringAsync(Ct));
        }
    }

    [Fact]
    public async Task AnEndedPairing_KeepsItsAgreementReadable_ButNoLongerChanges()
    {
        var (pair, mentee, _) = await SignedInPairAsync();
        await mentee.SubmitAsync(AgreementUrl(pair), Fields("Learn budgeting"));
        await App.WithDbAsync(async db =>
        {
            var pairing = await db.Pairings.SingleAsync(p => p.Id == pair.PairingId, Ct);
            pairing.Complete(App.Today(), [], App.Clock.GetUtcNow());
            return await db.SaveChangesAsync(Ct);
        });

        var page = await mentee.GetPageAsync(pair.Page);
        Assert.Contains("Learn budgeting", page.QuerySelector("main")!.TextContent);
        Assert.Null(page.QuerySelector($"a[href='{AgreementUrl(pair)}']"));
        var posted = await mentee.PostAsync(AgreementUrl(pair), [new("__RequestVerificationToken", await mentee.TokenAsync(pair.Page)), .. Fields("Changed after the end", version: "1")]);
        Assert.Contains("can no longer change", (await AppClient.ParseAsync(posted)).QuerySelector("main")!.TextContent);
        Assert.Equal("Learn budgeting", (await AgreementAsync(pair))!.Goals);
    }
}

public sealed class AgreementTestsOnSqlite(SqliteApp fixture) : AgreementTests(fixture), IClassFixture<SqliteApp>;

public sealed class AgreementTestsOnPostgres(PostgresApp fixture) : AgreementTests(fixture), IClassFixture<PostgresApp>;
