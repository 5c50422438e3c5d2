using System.Net;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>Certificates of participation (issue 15): a member of a completed pairing sees and prints theirs; they alone
/// may share it through a link from the public base URL that opens it without signing in, until they stop sharing or it
/// expires; a tampered link, the other member, a pairing still active and a stranger all find "not found".</summary>
public abstract class CertificateTests(AppFixture fixture) : AppTests(fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string Url(ConfirmedPair pair) => $"{pair.Page}/Certificate";

    private async Task<ConfirmedPair> CompletedPairAsync()
    {
        var pair = await ConfirmedPair.CreateAsync(App);
        await pair.IntoTheTermAsync(App, 3);
        await App.WithDbAsync(async db =>
        {
            var pairing = await db.Pairings.SingleAsync(p => p.Id == pair.PairingId, Ct);
            var meeting = pairing.ScheduleMeeting(App.Clock.GetUtcNow().AddDays(-1), 45, ContactMethods.Video, "Room 1", pairing.MenteeStaffId, App.Clock.GetUtcNow().AddDays(-2), TimeZoneInfo.Utc);
            meeting.MarkHeld(45, App.Clock.GetUtcNow());
            db.Meetings.Add(meeting);
            await db.SaveChangesAsync(Ct);
            pairing.Complete(App.Today(), [], App.Clock.GetUtcNow());
            return await db.SaveChangesAsync(Ct);
        });
        return pair;
    }

    [Fact]
    public async Task AMemberSeesTheirCertificate_SharesIt_AndTheLinkWorksWithoutSigningIn_UntilTheyStop()
    {
        var pair = await CompletedPairAsync();
        var mentee = await LoginAsync(pair.MenteeEmail);

        Assert.NotNull((await mentee.GetPageAsync(pair.Page)).QuerySelector($"a[href='{Url(pair)}']"));
        var page = await mentee.GetPageAsync(Url(pair));
        var certificate = page.QuerySelector("article.certificate")!.TextContent;
        Assert.Contains("Mina Mentee", certificate);
        Assert.Contains("as a mentee", certificate);
        Assert.Contains("met 1 time", certificate);
        Assert.DoesNotContain(ConfirmedPair.MentorName, certificate);
        Assert.Null(page.QuerySelector("#share-link"));

        Assert.Equal(HttpStatusCode.Redirect, (await mentee.SubmitAsync(Url(pair), [], "form[action$='/Share']")).StatusCode);
        var link = (await mentee.GetPageAsync(Url(pair))).QuerySelector("#share-link")!.GetAttribute("value")!;
        Assert.StartsWith("https://localhost/Certificates/", link);

        var stranger = App.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        var shared = await stranger.GetAsync(new Uri(link).PathAndQuery, Ct);
        Assert.Equal(HttpStatusCode.OK, shared.StatusCode);
        Assert.Equal("no-referrer", shared.Headers.GetValues("Referrer-Policy").Single());
        Assert.Contains("Mina Mentee", await shared.Content.ReadAsStringAsync(Ct));

        var tampered = new Uri(link).AbsolutePath[..^3] + "abc";
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(tampered, Ct)).StatusCode);

        Assert.Equal(HttpStatusCode.Redirect, (await mentee.SubmitAsync(Url(pair), [], "form[action$='/StopSharing']")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(new Uri(link).PathAndQuery, Ct)).StatusCode);
    }

    [Fact]
    public async Task ASharedLinkExpires()
    {
        var pair = await CompletedPairAsync();
        var mentor = await LoginAsync(pair.MentorEmail);
        await mentor.SubmitAsync(Url(pair), [], "form[action$='/Share']");
        var link = (await mentor.GetPageAsync(Url(pair))).QuerySelector("#share-link")!.GetAttribute("value")!;
        Assert.Contains("as a mentor", (await mentor.GetPageAsync(Url(pair))).QuerySelector("article.certificate")!.TextContent);

        App.Clock.Advance(TimeSpan.FromDays(MentoringProgram.Web.Features.Recognition.Certificate.ShareDays + 2));

        var stranger = App.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });
        Assert.Equal(HttpStatusCode.NotFound, (await stranger.GetAsync(new Uri(link).PathAndQuery, Ct)).StatusCode);
    }

    [Fact]
    public async Task NoCertificateForAnActivePairing_NorForSomeoneElsesPairing()
    {
        var active = await ConfirmedPair.CreateAsync(App);
        var completed = await CompletedPairAsync();
        var activeMentee = await LoginAsync(active.MenteeEmail);

        Assert.Equal(HttpStatusCode.NotFound, (await activeMentee.GetAsync(Url(active))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await activeMentee.GetAsync(Url(completed))).StatusCode);
        var token = await activeMentee.TokenAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await activeMentee.PostAsync(Url(completed) + "/Share", [new("__RequestVerificationToken", token)])).StatusCode);
        Assert.False(await App.WithDbAsync(db => db.SignedLinkNonces.AnyAsync(n => n.Purpose == "certificate" && n.Subject.StartsWith($"pairing:{completed.PairingId}:"), Ct)));
    }
}

public sealed class CertificateTestsOnSqlite(SqliteApp fixture) : CertificateTests(fixture), IClassFixture<SqliteApp>;

public sealed class CertificateTestsOnPostgres(PostgresApp fixture) : CertificateTests(fixture), IClassFixture<PostgresApp>;
