using System.Text.RegularExpressions;
using MentoringProgram.Testing;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Matching;
using MentoringProgram.Web.Features.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MentoringProgram.BrowserTests;

/// <summary>A mentee answers her pre survey on her phone after the invitation mail, with an axe and markup check on every
/// page: the survey on her home page, a submit with ratings missing refused beside each question, a draft saved, then
/// submitted and shown read-only.</summary>
public sealed partial class SurveyJourneyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task AMentee_AnswersThePreSurvey_FromTheInvitationMail()
    {
        var cast = await JourneyCast.CreateAsync(fixture.App, "Survey journey", ProgramTemplates.All[0].Settings,
            [new("Ada Archive", 1, [0, 1], 1)], [new("Mina Mentee", 0, [0, 1])],
            mentee => $"{mentee} wants to find her way around the library.", Ct);
        await fixture.App.CreateUserAsync(cast.Emails["Mina Mentee"]);
        var pairingId = await fixture.App.WithScopeAsync(async sp =>
        {
            var db = sp.GetRequiredService<Web.Data.AppDbContext>();
            db.Surveys.AddRange(DefaultSurveys.For(cast.ProgramId));
            await db.SaveChangesAsync(Ct);
            var ada = await db.MentorVolunteers.Where(v => v.CycleId == cast.CycleId && v.StaffMember!.FullName == "Ada Archive").Select(v => v.Id).SingleAsync(Ct);
            var proposed = await sp.GetRequiredService<ProposeMatch.Handler>().HandleAsync(cast.ProgramId, cast.Requests["Mina Mentee"], ada, null, Ct);
            await sp.GetRequiredService<ConfirmMatch.Handler>().HandleAsync(cast.ProgramId, proposed.MatchId!.Value, new ConfirmMatch.Command(), null, Ct);
            return proposed.MatchId!.Value;
        });
        await fixture.App.WithScopeAsync(sp => sp.GetRequiredService<SendSurveyNotices>().RunAsync(Ct));
        var invitation = await fixture.App.WithDbAsync(db => db.OutboxMessages
            .SingleAsync(m => m.DeduplicationKey.StartsWith("survey:") && m.ToAddress == cast.Emails["Mina Mentee"], Ct));
        var link = new Uri(SurveyLink().Match(invitation.TextBody).Value);
        Assert.Matches($"^/My/Pairings/{pairingId}/Surveys/[0-9]+$", link.AbsolutePath);

        var mina = await fixture.LogInAsync(cast.Emails["Mina Mentee"], phone: true);
        await mina.GotoAsync("/");
        await Assertions.Expect(mina.Locator("#surveys-heading")).ToHaveTextAsync("Surveys to answer");
        await Accessibility.AssertNoViolationsAsync(mina);
        await mina.GotoAsync(link.PathAndQuery);
        await Assertions.Expect(mina.Locator("main h1")).ToHaveTextAsync("Before your mentoring starts");
        await Accessibility.AssertNoViolationsAsync(mina);

        var ratings = DefaultSurveys.BeforeAndAfter.Select((q, i) => $"{i + 1}. {q.Text}").ToList();
        await mina.GetByRole(AriaRole.Group, new() { Name = ratings[0] }).GetByLabel("4: Quite a lot").CheckAsync();
        await mina.GetByLabel($"{ratings.Count + 1}. What do you most hope to get from this pairing? (optional)").FillAsync("To know who to ask.");
        await mina.GetByRole(AriaRole.Button, new() { Name = "Submit" }).ClickAsync();
        await Assertions.Expect(mina.GetByRole(AriaRole.Group, new() { Name = ratings[1] })).ToContainTextAsync("Choose a rating to submit the survey.");
        await Assertions.Expect(mina.GetByRole(AriaRole.Group, new() { Name = ratings[0] }).GetByLabel("4: Quite a lot")).ToBeCheckedAsync();
        await Accessibility.AssertNoViolationsAsync(mina);

        await mina.GetByRole(AriaRole.Button, new() { Name = "Save draft" }).ClickAsync();
        await Assertions.Expect(mina.GetByRole(AriaRole.Status)).ToContainTextAsync("Draft saved.");
        await Assertions.Expect(mina.GetByLabel($"{ratings.Count + 1}. What do you most hope to get from this pairing? (optional)")).ToHaveValueAsync("To know who to ask.");
        foreach (var rating in ratings.Skip(1))
        {
            await mina.GetByRole(AriaRole.Group, new() { Name = rating }).GetByLabel("3: Somewhat").CheckAsync();
        }
        await mina.GetByRole(AriaRole.Button, new() { Name = "Submit" }).ClickAsync();
        await Assertions.Expect(mina.GetByRole(AriaRole.Status)).ToContainTextAsync("Thank you: your answers are submitted.");
        await Assertions.Expect(mina.Locator("main")).ToContainTextAsync("You submitted this survey on");
        await Assertions.Expect(mina.Locator("main form")).ToHaveCountAsync(0);
        await Accessibility.AssertNoViolationsAsync(mina);

        await mina.GotoAsync("/");
        await Assertions.Expect(mina.Locator("#surveys-heading")).ToHaveCountAsync(0);
        Assert.NotNull(await fixture.App.WithDbAsync(db => db.SurveyResponses.Where(r => r.PairingId == pairingId).Select(r => r.SubmittedAt).SingleAsync(Ct)));
    }

    [GeneratedRegex(@"https?://\S+/My/Pairings/\d+/Surveys/\d+")]
    private static partial Regex SurveyLink();
}
