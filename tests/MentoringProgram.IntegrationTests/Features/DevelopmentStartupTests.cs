using MentoringProgram.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>
/// The README's first command runs the app in Development, where the host validates every service registration as it
/// is built. The other tests run in "Testing", which does not, so a registration that cannot be built (a record
/// caught by the handler scan) broke `dotnet run` while every test passed. This starts the app as the README does.
/// </summary>
public sealed class DevelopmentStartupTests
{
    [Fact]
    public async Task TheApp_StartsInDevelopment_WithEveryServiceBuildable()
    {
        await using var database = TestDatabase.CreateSqlite();
        await using var app = new WebApplicationFactory<Program>().WithWebHostBuilder(b =>
        {
            b.UseEnvironment("Development");
            b.UseSetting("Database:Provider", "Sqlite");
            b.UseSetting("Database:ConnectionString", database.ConnectionString);
            b.UseSetting("Jobs:RunServer", "false");
            b.UseSetting("Demo:Seed", "false");
            b.UseSetting("Email:PickupDirectory", Path.Combine(Path.GetTempPath(), "mentoring-tests", "dev-" + Guid.NewGuid().ToString("N")));
        });

        using var client = app.CreateClient();
        var login = await client.GetAsync("/Identity/Account/Login", TestContext.Current.CancellationToken);

        Assert.True(login.IsSuccessStatusCode, $"The login page answered {(int)login.StatusCode} in Development");
        using var scope = app.Services.CreateScope();
        Assert.NotNull(scope.ServiceProvider.GetService<Web.Features.Enrollment.EnrollmentNotices>());
    }
}
