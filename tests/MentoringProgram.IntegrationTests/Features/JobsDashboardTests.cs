using System.Net;
using MentoringProgram.IntegrationTests.Infrastructure;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>The Hangfire dashboard at /jobs behaves like the app's other coordinator pages (/Outbox): the login page
/// for a signed-out visitor, the app's own access-denied page for staff, the dashboard for coordinators. Runs per
/// provider because Hangfire's storage differs (in memory on SQLite, tables on PostgreSQL).</summary>
public abstract class JobsDashboardTests(AppFixture fixture) : AppTests(fixture)
{
    [Theory]
    [InlineData("/jobs")]
    [InlineData("/jobs/recurring")]
    public async Task Staff_GetTheAppsAccessDeniedPage_AsOnTheOutbox(string path)
    {
        var staff = Unique("staff");
        await App.CreateUserAsync(staff);
        var client = await LoginAsync(staff);

        var jobs = await client.GetAsync(path);
        var outbox = await client.GetAsync("/Outbox");

        Assert.Equal(HttpStatusCode.Redirect, jobs.StatusCode);
        Assert.Equal(outbox.StatusCode, jobs.StatusCode);
        Assert.Equal("/Identity/Account/AccessDenied", jobs.Headers.Location!.AbsolutePath);
        var page = await client.GetPageAsync(jobs.Headers.Location.PathAndQuery);
        Assert.Contains("Access denied", page.QuerySelector("main h1")?.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(page.QuerySelector("header.site-header"));
    }

    [Fact]
    public async Task SignedOutVisitor_IsSentToTheLoginPage()
    {
        var response = await NewClient().GetAsync("/jobs");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Identity/Account/Login", response.Headers.Location!.AbsolutePath);
    }

    [Fact]
    public async Task Coordinator_SeesTheDashboard()
    {
        var coordinator = Unique("coord");
        await App.CreateUserAsync(coordinator, coordinator: true);

        var response = await (await LoginAsync(coordinator)).GetAsync("/jobs/recurring");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("outbox-delivery", await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }
}

public sealed class JobsDashboardTestsOnSqlite(SqliteApp fixture) : JobsDashboardTests(fixture), IClassFixture<SqliteApp>;

public sealed class JobsDashboardTestsOnPostgres(PostgresApp fixture) : JobsDashboardTests(fixture), IClassFixture<PostgresApp>;
