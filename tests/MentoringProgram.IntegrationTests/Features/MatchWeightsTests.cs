using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Matching;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>The coordinator changes the program's match weights from a request's suggestions (issue 13): the list is
/// ranked again at once, the change is audited, bad values are refused next to their fields, and a form opened before
/// another coordinator's change never overwrites it.</summary>
public abstract class MatchWeightsTests(AppFixture fixture) : AppTests(fixture)
{
    private const string WeightsForm = "form[action$='/Suggestions/Weights']";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string SuggestionsOf(MatchingScene scene) => $"/Programs/{scene.ProgramId}/Requests/{scene.RequestId}/Suggestions";

    private async Task<AppClient> CoordinatorAsync()
    {
        var email = Unique("coord");
        await App.CreateUserAsync(email, coordinator: true);
        return await LoginAsync(email);
    }

    private static List<string> Ranked(IDocument page) =>
        page.QuerySelectorAll("ol.suggestions > li h2").Select(h => h.TextContent.Split(" score")[0].Trim()).ToList();

    /// <summary>Posts the weights form as the page holds it (its token and stamp included), with some boxes retyped.</summary>
    private static async Task<HttpResponseMessage> PostWeightsAsync(AppClient client, IDocument page, params (string Field, string Typed)[] changes)
    {
        var form = page.QuerySelector<IHtmlFormElement>(WeightsForm) ?? throw new InvalidOperationException("No weights form on the page");
        var values = form.QuerySelectorAll<IHtmlInputElement>("input[name]").Select(i => new KeyValuePair<string, string>(i.Name!, i.Value)).ToList();
        foreach (var (field, typed) in changes)
        {
            var at = values.FindIndex(v => v.Key == "Form." + field);
            Assert.True(at >= 0, $"No box for {field}");
            values[at] = new(values[at].Key, typed);
        }
        return await client.PostAsync(form.GetAttribute("action")!, values);
    }

    private Task<MatchWeights> WeightsAsync(MatchingScene scene) =>
        App.WithDbAsync(db => db.Programs.Where(p => p.Id == scene.ProgramId).Select(p => p.MatchWeights).SingleAsync(Ct));

    private Task<List<AuditEntry>> WeightAuditAsync() =>
        App.WithDbAsync(db => db.AuditEntries.AsNoTracking().Where(a => a.Action == MatchAudit.WeightsChanged).ToListAsync(Ct));

    [Fact]
    public async Task TheFormShowsEachWeightLabelledInPlainWords_WithTheProgramsValues()
    {
        var scene = await MatchingScene.CreateAsync(App);
        var coordinator = await CoordinatorAsync();

        var page = await coordinator.GetPageAsync(SuggestionsOf(scene));

        var form = page.QuerySelector(WeightsForm)!;
        var labels = form.QuerySelectorAll("label").Select(l => (For: l.GetAttribute("for"), Text: l.TextContent.Trim())).ToList();
        Assert.Equal(
            [("Form_SharedTopics", "Topics in common"), ("Form_OutsideDepartment", "Works in another department"), ("Form_ContactMethods", "A way of meeting in common"),
                ("Form_Experience", "Time on staff"), ("Form_SpreadLoad", "Places left"), ("Form_SameLocation", "Same location")],
            labels);
        var d = MatchWeights.Default;
        Assert.Equal([$"{d.SharedTopics}", $"{d.OutsideDepartment}", $"{d.ContactMethods}", $"{d.Experience}", $"{d.SpreadLoad}", $"{d.SameLocation}"],
            form.QuerySelectorAll<IHtmlInputElement>("input[type=number]").Select(i => i.Value).ToList());
        Assert.Contains("0 means that part is ignored", page.QuerySelector("#weights-hint")!.TextContent);
        Assert.Contains("Form_SharedTopics-error", form.QuerySelector("#Form_SharedTopics")!.GetAttribute("aria-describedby"));
    }

    [Fact]
    public async Task ANewWeighting_RanksTheMentorsAgainAtOnce_AndIsInTheAuditLog()
    {
        var scene = await MatchingScene.CreateAsync(App, extraMentors: 1);
        var coordinator = await CoordinatorAsync();
        var before = await coordinator.GetPageAsync(SuggestionsOf(scene));
        // Gale shares two of the three topics asked for; Extra 00 shares none; both work in another department.
        Assert.Equal(["Gale Good", "Extra 00", "Sam Same"], Ranked(before));

        var response = await PostWeightsAsync(coordinator, before, ("SharedTopics", "0"), ("OutsideDepartment", "10"));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(SuggestionsOf(scene), response.Headers.Location!.OriginalString);
        var after = await coordinator.GetPageAsync(SuggestionsOf(scene));
        // Topics no longer count: Gale and Extra 00 tie, and the tie goes by name.
        Assert.Equal(["Extra 00", "Gale Good", "Sam Same"], Ranked(after));
        Assert.Contains("Match weights saved", after.QuerySelector("[role=status]")!.TextContent);
        Assert.Equal("0", after.QuerySelector<IHtmlInputElement>("#Form_SharedTopics")!.Value);
        Assert.Equal("10", after.QuerySelector<IHtmlInputElement>("#Form_OutsideDepartment")!.Value);
        Assert.Equal(MatchWeights.Default with { SharedTopics = 0, OutsideDepartment = 10 }, await WeightsAsync(scene));

        var audit = (await coordinator.GetPageAsync("/Audit")).QuerySelector("main table")!.TextContent;
        Assert.Contains(MatchAudit.WeightsChanged, audit);
        Assert.Contains($"program:{scene.ProgramId}", audit);
        Assert.Contains("Topics in common 5 -> 0, Works in another department 3 -> 10", audit);
        Assert.DoesNotContain("Time on staff", audit);
    }

    [Fact]
    public async Task TheSameWeightsAgain_ChangeNothing_AndAreNotAudited()
    {
        var scene = await MatchingScene.CreateAsync(App);
        var coordinator = await CoordinatorAsync();

        var response = await PostWeightsAsync(coordinator, await coordinator.GetPageAsync(SuggestionsOf(scene)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("nothing changed", (await coordinator.GetPageAsync(SuggestionsOf(scene))).QuerySelector("[role=status]")!.TextContent);
        Assert.Empty(await WeightAuditAsync());
    }

    [Fact]
    public async Task BadValues_AreRefusedNextToTheirFields_KeepingWhatWasTyped_AndSaveNothing()
    {
        var scene = await MatchingScene.CreateAsync(App);
        var coordinator = await CoordinatorAsync();
        var oversized = new string('9', 400);
        (string Field, string Typed, string Message)[] bad =
        [
            ("SharedTopics", "", "Topics in common: give a weight from 0 to 10; 0 means it is ignored."),
            ("OutsideDepartment", "-1", "Works in another department: a whole number from 0 to 10, where 0 means it is ignored."),
            ("ContactMethods", "11", "A way of meeting in common: a whole number from 0 to 10, where 0 means it is ignored."),
            ("Experience", "lots", "Time on staff: a whole number from 0 to 10, where 0 means it is ignored."),
            ("SpreadLoad", "2.5", "Places left: a whole number from 0 to 10, where 0 means it is ignored."),
            ("SameLocation", oversized, "Same location: a whole number from 0 to 10, where 0 means it is ignored."),
        ];

        var response = await PostWeightsAsync(coordinator, await coordinator.GetPageAsync(SuggestionsOf(scene)), [.. bad.Select(b => (b.Field, b.Typed))]);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await AppClient.ParseAsync(response);
        foreach (var (field, typed, message) in bad)
        {
            Assert.Equal(message, page.QuerySelector($"#Form_{field}-error")!.TextContent.Trim());
            var box = page.QuerySelector<IHtmlInputElement>($"#Form_{field}")!;
            Assert.Equal(typed, box.GetAttribute("value") ?? "");
            Assert.Equal("true", box.GetAttribute("aria-invalid"));
        }
        Assert.NotNull(page.QuerySelector(".error-summary"));
        // The suggestions are still there, ranked with the weights in use.
        Assert.Equal(["Gale Good", "Sam Same"], Ranked(page));
        Assert.Equal(MatchWeights.Default, await WeightsAsync(scene));
        Assert.Empty(await WeightAuditAsync());
    }

    [Fact]
    public async Task AFormOpenedBeforeAnotherCoordinatorsChange_IsRefused_AndTheirChangeStands()
    {
        var scene = await MatchingScene.CreateAsync(App);
        var first = await CoordinatorAsync();
        var second = await CoordinatorAsync();
        var openedEarlier = await first.GetPageAsync(SuggestionsOf(scene));
        Assert.Equal(HttpStatusCode.Redirect, (await PostWeightsAsync(second, await second.GetPageAsync(SuggestionsOf(scene)), ("SharedTopics", "9"))).StatusCode);

        var stale = await PostWeightsAsync(first, openedEarlier, ("Experience", "7"));

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        var page = await AppClient.ParseAsync(stale);
        Assert.Contains("Someone else changed this program since you opened this page, so your weights were not saved.", page.QuerySelector(".error-summary")!.TextContent);
        Assert.Equal("7", page.QuerySelector<IHtmlInputElement>("#Form_Experience")!.Value);
        Assert.Equal(MatchWeights.Default with { SharedTopics = 9 }, await WeightsAsync(scene));
        Assert.Single(await WeightAuditAsync());
    }

    [Fact]
    public async Task StaffCannotChangeTheWeights_NorCanAnotherProgramsAddress()
    {
        var scene = await MatchingScene.CreateAsync(App);
        var other = await MatchingScene.CreateAsync(App);
        var coordinator = await CoordinatorAsync();
        var staffEmail = Unique("staff");
        await App.CreateUserAsync(staffEmail);
        var staff = await LoginAsync(staffEmail);
        var stamp = await App.WithDbAsync(db => db.Programs.Where(p => p.Id == scene.ProgramId).Select(p => p.ConcurrencyStamp).SingleAsync(Ct));
        List<KeyValuePair<string, string>> Values(string token) =>
        [
            new("__RequestVerificationToken", token), new("Form.ConcurrencyStamp", stamp.ToString()), new("Form.SharedTopics", "0"), new("Form.OutsideDepartment", "0"),
            new("Form.ContactMethods", "0"), new("Form.Experience", "0"), new("Form.SpreadLoad", "0"), new("Form.SameLocation", "0"),
        ];

        var asStaff = await staff.PostAsync($"{SuggestionsOf(scene)}/Weights", Values(await staff.TokenAsync()));
        // The request belongs to another program than the one in the address.
        var mismatched = await coordinator.PostAsync($"/Programs/{other.ProgramId}/Requests/{scene.RequestId}/Suggestions/Weights", Values(await coordinator.TokenAsync()));

        Assert.Equal(HttpStatusCode.Redirect, asStaff.StatusCode);
        Assert.StartsWith("https://localhost/Identity/Account/AccessDenied", asStaff.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.NotFound, mismatched.StatusCode);
        Assert.Equal(MatchWeights.Default, await WeightsAsync(scene));
        Assert.Equal(MatchWeights.Default, await WeightsAsync(other));
        Assert.Empty(await WeightAuditAsync());
    }
}

public sealed class MatchWeightsTestsOnSqlite(SqliteApp fixture) : MatchWeightsTests(fixture), IClassFixture<SqliteApp>;

public sealed class MatchWeightsTestsOnPostgres(PostgresApp fixture) : MatchWeightsTests(fixture), IClassFixture<PostgresApp>;
