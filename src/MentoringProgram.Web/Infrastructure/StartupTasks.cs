using MentoringProgram.Web.Data;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace MentoringProgram.Web.Infrastructure;

public static class StartupTasks
{
    public static async Task PrepareDatabaseAsync(WebApplication app)
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();

        var demo = app.Configuration.GetSection(DemoOptions.Section).Get<DemoOptions>() ?? new DemoOptions();
        if (demo.Seed)
        {
            if (app.Environment.IsProduction())
            {
                throw new InvalidOperationException("Demo data is never seeded in Production: unset Demo:Seed.");
            }
            var password = demo.Password ?? throw new InvalidOperationException("Demo:Seed needs Demo:Password.");
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(password);
        }

        var coordinatorEmail = scope.ServiceProvider.GetRequiredService<IOptions<AccountOptions>>().Value.CoordinatorEmail;
        if (!string.IsNullOrWhiteSpace(coordinatorEmail))
        {
            var invite = await scope.ServiceProvider.GetRequiredService<CoordinatorBootstrapper>().EnsureCoordinatorAsync(coordinatorEmail);
            if (invite.SetPasswordLink is not null)
            {
                app.Logger.LogInformation("Coordinator {Email} has no password yet; a set-password link was mailed.", invite.Email);
            }
        }
    }

    public static async Task<int> CreateCoordinatorAsync(WebApplication app, string email)
    {
        using var scope = app.Services.CreateScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
        try
        {
            var invite = await scope.ServiceProvider.GetRequiredService<CoordinatorBootstrapper>().EnsureCoordinatorAsync(email);
            Console.WriteLine(invite.Created ? $"Created coordinator {email}." : $"{email} is a coordinator.");
            if (invite.SetPasswordLink is not null)
            {
                Console.WriteLine("Choose a password at (the link is also mailed, and works once):");
                Console.WriteLine(invite.SetPasswordLink);
            }
            return 0;
        }
        catch (InvalidOperationException ex)
        {
            Console.Error.WriteLine($"Could not create coordinator {email}: {ex.Message}");
            return 1;
        }
    }

    public static void PrintWelcomeWhenStarted(WebApplication app)
    {
        app.Lifetime.ApplicationStarted.Register(() =>
        {
            var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
            var url = addresses.Select(a => a.Replace("0.0.0.0", "localhost", StringComparison.Ordinal).Replace("[::]", "localhost", StringComparison.Ordinal)).FirstOrDefault();
            if (url is null)
            {
                return;
            }
            var demo = app.Configuration.GetSection(DemoOptions.Section).Get<DemoOptions>() ?? new DemoOptions();
            Console.WriteLine();
            Console.WriteLine($"MentoringProgram is running at {url}");
            Console.WriteLine($"Log in at {url}/Identity/Account/Login");
            if (demo.Seed)
            {
                foreach (var account in DemoAccount.All)
                {
                    Console.WriteLine(account.WelcomeLine(demo.Password));
                }
            }
            Console.WriteLine("Press Ctrl+C to stop.");
        });
    }
}
