using System.Net;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Web.Features.Continuation;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>What every signed-link page shares (SignedLinkAnswerController, NoReferrer): the page and its "not found"
/// alike are sent with no Referer, a token that is not ours is not found whether opened or posted, and a token made
/// for one question opens nothing under another's address.</summary>
public abstract class SignedLinkPagesTests(AppFixture fixture) : AppTests(fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly string[] AnswerLinks = ["/Continuation/", "/EarlyCheck/", "/CheckIn/"];

    private static void AssertNoReferrer(HttpResponseMessage response) => Assert.Equal("no-referrer", Assert.Single(response.Headers.GetValues("Referrer-Policy")));

    [Fact]
    public async Task ATokenThatIsNotOurs_IsNotFound_OpenedOrPosted_WithNoReferrer()
    {
        foreach (var prefix in AnswerLinks)
        {
            var client = NewClient();
            var opened = await client.GetAsync(prefix + "not-a-token");
            Assert.Equal(HttpStatusCode.NotFound, opened.StatusCode);
            AssertNoReferrer(opened);
            var posted = await client.PostAsync(prefix + "not-a-token", [new("__RequestVerificationToken", await client.TokenAsync("/Identity/Account/Login"))]);
            Assert.Equal(HttpStatusCode.NotFound, posted.StatusCode);
            AssertNoReferrer(posted);
        }
        var certificate = await NewClient().GetAsync("/Certificates/not-a-token");
        Assert.Equal(HttpStatusCode.NotFound, certificate.StatusCode);
        AssertNoReferrer(certificate);
    }

    [Fact]
    public async Task ARealLink_OpensWithNoReferrer_AndItsTokenOpensNothingUnderAnotherQuestionsAddress()
    {
        var pair = await ConfirmedPair.CreateAsync(App);
        var endsOn = await App.WithDbAsync(db => db.Pairings.Where(p => p.Id == pair.PairingId).Select(p => p.EndsOn).SingleAsync(Ct));
        App.Clock.Advance(TimeSpan.FromDays(endsOn.DayNumber - App.Today().DayNumber - 20));
        Assert.Equal(2, await App.WithScopeAsync(sp => sp.GetRequiredService<SendContinuationNotices>().RunAsync(Ct)));
        var mail = await App.WithDbAsync(db => db.OutboxMessages.AsNoTracking().FirstAsync(m => m.DeduplicationKey.StartsWith($"continuation:{pair.PairingId}:"), Ct));
        var token = System.Text.RegularExpressions.Regex.Match(mail.TextBody, @"https://localhost/Continuation/([^\s]+)").Groups[1].Value;

        var opened = await NewClient().GetAsync("/Continuation/" + token);
        Assert.Equal(HttpStatusCode.OK, opened.StatusCode);
        AssertNoReferrer(opened);
        foreach (var elsewhere in new[] { "/EarlyCheck/", "/CheckIn/", "/Certificates/" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await NewClient().GetAsync(elsewhere + token)).StatusCode);
        }
    }
}

public sealed class SignedLinkPagesTestsOnSqlite(SqliteApp fixture) : SignedLinkPagesTests(fixture), IClassFixture<SqliteApp>;

public sealed class SignedLinkPagesTestsOnPostgres(PostgresApp fixture) : SignedLinkPagesTests(fixture), IClassFixture<PostgresApp>;
