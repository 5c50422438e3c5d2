using System.Diagnostics;
using System.Net;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace MentoringProgram.IntegrationTests.Features;

public sealed class CoordinatorBootstrapTests(SqliteApp fixture) : AppTests(fixture), IClassFixture<SqliteApp>
{
    [Fact]
    public async Task NewCoordinator_GetsNoPassword_ButASetPasswordLinkThatWorks()
    {
        var email = Unique("first.coord");
        var invite = await App.WithScopeAsync(sp => sp.GetRequiredService<CoordinatorBootstrapper>().EnsureCoordinatorAsync(email, TestContext.Current.CancellationToken));

        Assert.True(invite.Created);
        var hasPassword = await App.WithScopeAsync(async sp =>
        {
            var users = sp.GetRequiredService<UserManager<ApplicationUser>>();
            return await users.HasPasswordAsync((await users.FindByEmailAsync(email))!);
        });
        Assert.False(hasPassword);

        await App.DeliverAsync();
        var mail = Assert.Single(await App.MessagesToAsync(email));
        Assert.Equal(invite.SetPasswordLink, mail.FirstLink("/Identity/Account/ResetPassword"));

        var client = NewClient();
        var page = await client.GetPageAsync(invite.SetPasswordLink!);
        var code = page.QuerySelector("input[name='Input.Code']")!.GetAttribute("value")!;
        var reset = await client.SubmitAsync(invite.SetPasswordLink!, [new("Input.Email", email), new("Input.Password", "a long new passphrase"),
            new("Input.ConfirmPassword", "a long new passphrase"), new("Input.Code", code)]);
        Assert.Equal(HttpStatusCode.Redirect, reset.StatusCode);

        await client.LoginAsync(email, "a long new passphrase");
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Programs")).StatusCode);
    }

    [Fact]
    public async Task ExistingStaffMember_IsPromoted_WithoutTouchingTheirPassword()
    {
        var email = Unique("promoted");
        await App.CreateUserAsync(email);

        var invite = await App.WithScopeAsync(sp => sp.GetRequiredService<CoordinatorBootstrapper>().EnsureCoordinatorAsync(email, TestContext.Current.CancellationToken));

        Assert.False(invite.Created);
        Assert.Null(invite.SetPasswordLink);
        var client = await LoginAsync(email);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Roster")).StatusCode);
    }

    [Fact]
    public async Task CommandLineVerb_CreatesTheCoordinatorAndPrintsTheLink()
    {
        var webDll = FindWebAssembly();
        var folder = Path.Combine(Path.GetTempPath(), "mentoring-tests", "cli-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var start = new ProcessStartInfo("dotnet", [webDll, "create-coordinator", "cli.coord@library.test"])
            {
                WorkingDirectory = Path.GetDirectoryName(webDll)!,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            start.Environment["ASPNETCORE_ENVIRONMENT"] = "Testing";
            start.Environment["Database__ConnectionString"] = $"Data Source={Path.Combine(folder, "cli.db")};Pooling=False";
            start.Environment["Email__PickupDirectory"] = Path.Combine(folder, "mail");
            start.Environment["Jobs__RunServer"] = "false";
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
            await process.WaitForExitAsync(TestContext.Current.CancellationToken);

            Assert.Equal(0, process.ExitCode);
            Assert.Contains("Created coordinator cli.coord@library.test.", output);
            Assert.Contains("/Identity/Account/ResetPassword?code=", output);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string FindWebAssembly()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MentoringProgram.sln")))
        {
            dir = dir.Parent;
        }
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        return Path.Combine(dir!.FullName, "src", "MentoringProgram.Web", "bin", configuration, "net10.0", "MentoringProgram.Web.dll");
    }
}
