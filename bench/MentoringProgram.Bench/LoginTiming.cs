using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Email;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MentoringProgram.Bench;

/// <summary>A failed login must take about as long for an unknown email as for a real account (ASVS V6.3.8):
/// measured over real HTTP against the real pipeline.</summary>
internal static partial class LoginTiming
{
    public static async Task MeasureAsync(string folder)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development", ContentRootPath = AppContext.BaseDirectory, ApplicationName = typeof(AppDbContext).Assembly.GetName().Name });
        builder.Configuration["Database:ConnectionString"] = $"Data Source={Path.Combine(folder, "login.db")}";
        builder.Configuration["Email:PickupDirectory"] = Path.Combine(folder, "login-mail");
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.AddWeb();
        builder.AddData();
        builder.AddAccounts();
        builder.AddEmail();
        await using var app = builder.Build();
        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
            var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
            for (var i = 0; i < 10; i++)
            {
                var email = $"known{i}@library.test";
                await users.CreateAsync(new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true }, "correct horse battery staple");
            }
        }
        app.UseWebPipeline();
        app.MapRazorPages();
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

        var known = new List<double>();
        var unknown = new List<double>();
        for (var round = 0; round < 22; round++)
        {
            // Each known account fails at most 3 times, below the lockout threshold.
            known.Add(await FailedLoginAsync(address, $"known{round % 10}@library.test"));
            unknown.Add(await FailedLoginAsync(address, $"nobody{round}@library.test"));
        }
        await app.StopAsync();
        Console.WriteLine($"{"Failed login, real account (HTTP round trip)",-55} median {Median(known.Skip(2)),7:F1} ms");
        Console.WriteLine($"{"Failed login, unknown email (HTTP round trip)",-55} median {Median(unknown.Skip(2)),7:F1} ms");
    }

    private static async Task<double> FailedLoginAsync(string address, string email)
    {
        using var handler = new HttpClientHandler { CookieContainer = new CookieContainer() };
        using var client = new HttpClient(handler) { BaseAddress = new Uri(address) };
        var page = await client.GetStringAsync("/Identity/Account/Login");
        var token = TokenPattern().Match(page).Groups[1].Value;
        var watch = Stopwatch.StartNew();
        using var response = await client.PostAsync("/Identity/Account/Login", new FormUrlEncodedContent(
            [new("__RequestVerificationToken", token), new("Input.Email", email), new("Input.Password", "wrong password here")]));
        watch.Stop();
        return watch.Elapsed.TotalMilliseconds;
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    [GeneratedRegex(@"name=""__RequestVerificationToken"" type=""hidden"" value=""([^""]+)""")]
    private static partial Regex TokenPattern();
}
