using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Email;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MentoringProgram.IntegrationTests.Features;

public abstract class HomeTests(AppFixture fixture) : AppTests(fixture)
{
    [Fact]
    public async Task Home_WithoutAHireDate_SaysSoOnce_NotOnEveryProgramCard()
    {
        await App.CreateProgramAsync();
        await App.CreateProgramAsync();
        var email = Unique("coord");
        await App.CreateUserAsync(email, coordinator: true);
        var client = await LoginAsync(email);

        var home = await client.GetPageAsync("/");
        var text = home.QuerySelector("main")!.TextContent;

        Assert.True(home.QuerySelectorAll("main section.card h3").Length >= 2, "expected at least two program cards");
        Assert.Equal(1, text.Split("hire date is not on record").Length - 1);
        Assert.DoesNotContain(home.QuerySelectorAll("main section.card"), card => card.TextContent.Contains("hire date", StringComparison.Ordinal) && card.QuerySelector("h3") is not null);
    }

    [Fact]
    public async Task TheMainNavigation_KeptOncePerKindOfVisitor_ShowsEachOnlyTheirOwnLinks()
    {
        var coordinatorEmail = Unique("coord");
        await App.CreateUserAsync(coordinatorEmail, coordinator: true);
        var staffEmail = Unique("staff");
        await App.CreateUserAsync(staffEmail);
        static List<string> Links(AngleSharp.Dom.IDocument page) =>
            [.. page.QuerySelectorAll("nav[aria-label=Main] a").Select(a => $"{a.TextContent.Trim()} {a.GetAttribute("href")}")];

        // The coordinator's links are rendered and kept first; the staff member and a visitor must not get them.
        var asCoordinator = Links(await (await LoginAsync(coordinatorEmail)).GetPageAsync("/"));
        var asStaff = Links(await (await LoginAsync(staffEmail)).GetPageAsync("/"));
        var asVisitor = Links(await new AppClient(App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost") }))
            .GetPageAsync("/Identity/Account/Login"));
        var asCoordinatorAgain = Links(await (await LoginAsync(coordinatorEmail)).GetPageAsync("/Programs"));

        Assert.Contains("Audit log /Audit", asCoordinator);
        Assert.Contains("My mentoring /My", asStaff);
        Assert.DoesNotContain(asStaff, l => l.StartsWith("Audit log", StringComparison.Ordinal) || l.StartsWith("Programs", StringComparison.Ordinal));
        Assert.DoesNotContain(asVisitor, l => l.StartsWith("My mentoring", StringComparison.Ordinal));
        Assert.Contains(asVisitor, l => l.StartsWith("Log in", StringComparison.Ordinal));
        Assert.Equal(asCoordinator, asCoordinatorAgain);
    }

    [Fact]
    public async Task TheCoordinatorsEnrollmentCounts_AreKeptUntilASaveRenewsTheStamp_WhileFailedMailIsCountedEachTime()
    {
        var programId = await App.CreateProgramAsync();
        var topics = await App.TopicIdsAsync();
        var coordinatorEmail = Unique("coord");
        await App.CreateUserAsync(coordinatorEmail, coordinator: true);
        var staffEmail = Unique("staff");
        await App.CreateUserAsync(staffEmail, profile: s => s.HireDate = new DateOnly(2015, 1, 1));
        var coordinator = await LoginAsync(coordinatorEmail);
        async Task<(int Waiting, int Failed)> CountsAsync()
        {
            var stats = (await coordinator.GetPageAsync("/")).QuerySelectorAll("main .stat").Select(e => int.Parse(e.TextContent, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            return (stats[0], stats[2]);
        }
        var before = await CountsAsync();

        await (await LoginAsync(staffEmail)).SubmitAsync($"/Enroll/{programId}/Request", EnrollmentData.RequestForm(topics[0]));
        var afterRequest = await CountsAsync();
        // Changes that bypass SaveChanges renew no stamp (ADR 0025): the enrollment count stays as kept, the mail count does not.
        await App.WithDbAsync(db => db.MenteeRequests.Where(r => r.StaffMember!.WorkEmail == staffEmail)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, RequestStatus.Withdrawn), TestContext.Current.CancellationToken));
        await App.WithDbAsync(db => db.OutboxMessages.Where(m => m.ToAddress == staffEmail)
            .ExecuteUpdateAsync(u => u.SetProperty(m => m.Status, OutboxStatus.Failed), TestContext.Current.CancellationToken));
        var afterBypass = await CountsAsync();
        await App.WithDbAsync(async db =>
        {
            (await db.StaffMembers.SingleAsync(s => s.WorkEmail == staffEmail, TestContext.Current.CancellationToken)).FullName = "Renamed Person";
            return await db.SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        var afterSave = await CountsAsync();

        Assert.Equal(before.Waiting + 1, afterRequest.Waiting);
        Assert.Equal(before.Waiting + 1, afterBypass.Waiting);
        Assert.True(afterBypass.Failed > afterRequest.Failed, $"failed mail {afterRequest.Failed} -> {afterBypass.Failed}");
        Assert.Equal(before.Waiting, afterSave.Waiting);
    }

    [Fact]
    public async Task APageWithoutANotice_SendsNoTempDataCookie_WhileANoticeIsShownOnceAndItsCookieCleared()
    {
        var email = Unique("staff");
        await App.CreateUserAsync(email, profile: s => s.HireDate = new DateOnly(2015, 1, 1));
        var client = await LoginAsync(email);
        static string[] TempDataCookies(HttpResponseMessage response) =>
            [.. (response.Headers.TryGetValues("Set-Cookie", out var values) ? values : []).Where(c => c.Contains("TempData", StringComparison.OrdinalIgnoreCase))];

        var quiet = await client.GetAsync("/");
        var saved = await client.SubmitAsync("/Profile", AppClient.FormValues(await client.GetPageAsync("/Profile")));
        var shown = await client.GetAsync("/Profile");
        var shownPage = await AppClient.ParseAsync(shown);
        var after = await client.GetAsync("/");

        Assert.Empty(TempDataCookies(quiet));
        Assert.Equal(System.Net.HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Single(TempDataCookies(saved));
        Assert.Equal("Your profile is saved.", shownPage.QuerySelector("main [role=status]")!.TextContent.Trim());
        Assert.Contains("expires=Thu, 01 Jan 1970", Assert.Single(TempDataCookies(shown)), StringComparison.OrdinalIgnoreCase);
        Assert.Empty(TempDataCookies(after));
        Assert.Null((await AppClient.ParseAsync(after)).QuerySelector("main .notice"));
    }

    [Fact]
    public async Task TheKeptHeader_NamesEachVisitorOnTheirOwnLogOutButton_WhichLogsThemOutWithTheTokenOfThisVisit()
    {
        var firstEmail = Unique("staff");
        var secondEmail = Unique("staff");
        await App.CreateUserAsync(firstEmail);
        await App.CreateUserAsync(secondEmail);
        var first = await LoginAsync(firstEmail);
        var second = await LoginAsync(secondEmail);

        var firstPage = await first.GetPageAsync("/");
        var secondPage = await second.GetPageAsync("/");
        var button = AngleSharp.Dom.ParentNodeExtensions.QuerySelector<AngleSharp.Html.Dom.IHtmlButtonElement>(secondPage, "header form#log-out button")!;
        // What a browser sends: the form's own fields and those that join it by its id.
        var fields = button.Form!.Elements.OfType<AngleSharp.Html.Dom.IHtmlInputElement>().Select(i => new KeyValuePair<string, string>(i.Name!, i.Value)).ToList();
        var loggedOut = await second.PostAsync(button.Form.GetAttribute("action")!, fields);
        var afterwards = await second.GetAsync("/Profile");

        Assert.Contains(firstEmail, firstPage.QuerySelector("header form#log-out")!.TextContent);
        Assert.Contains(secondEmail, button.TextContent);
        Assert.DoesNotContain(firstEmail, secondPage.QuerySelector("header")!.TextContent);
        Assert.Contains(fields, f => f.Key == "__RequestVerificationToken" && f.Value.Length > 0);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, loggedOut.StatusCode);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, afterwards.StatusCode);
        Assert.Contains("/Identity/Account/Login", afterwards.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task ADeletedLogin_LeavesItsStaffRecordOnTheRoster_AndTheKeptCountOfStaffWithoutAnAccountSeesIt()
    {
        var coordinatorEmail = Unique("coord");
        await App.CreateUserAsync(coordinatorEmail, coordinator: true);
        var leavingEmail = Unique("leaving");
        var leaving = await App.CreateUserAsync(leavingEmail);
        var coordinator = await LoginAsync(coordinatorEmail);
        async Task<int> WithoutAccountAsync() => int.Parse((await coordinator.GetPageAsync("/")).QuerySelectorAll("main .stat")[3].TextContent, System.Globalization.CultureInfo.InvariantCulture);
        var before = await WithoutAccountAsync();

        await App.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<Microsoft.AspNetCore.Identity.UserManager<MentoringProgram.Web.Data.ApplicationUser>>();
            return await users.DeleteAsync((await users.FindByIdAsync(leaving.Id))!);
        });

        Assert.Equal(before + 1, await WithoutAccountAsync());
        Assert.Null(await App.WithDbAsync(db => db.StaffMembers.Where(s => s.WorkEmail == leavingEmail).Select(s => s.UserId).SingleAsync(TestContext.Current.CancellationToken)));
    }
}

public sealed class HomeTestsOnSqlite(SqliteApp fixture) : HomeTests(fixture), IClassFixture<SqliteApp>;

public sealed class HomeTestsOnPostgres(PostgresApp fixture) : HomeTests(fixture), IClassFixture<PostgresApp>;
