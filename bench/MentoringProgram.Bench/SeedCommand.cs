using MentoringProgram.Web.Data;
using MentoringProgram.Web.Email;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MentoringProgram.Bench;

/// <summary>
/// <c>seed --provider Sqlite|PostgreSql|SqlServer --connection "..." [--scale N]</c>: creates the schema in an
/// empty database through the app's own initializer and fills it with <see cref="PoolSeeder"/>'s pool, for
/// bench/run.sh to serve with the real app. Prints <c>PROGRAM_ID=n</c> and <c>REQUEST_ID=n</c> (a waiting request) for
/// the page addresses.
/// </summary>
internal static class SeedCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        string? provider = null, connection = null;
        var scale = 1;
        for (var i = 0; i + 1 < args.Length; i += 2)
        {
            switch (args[i])
            {
                case "--provider": provider = args[i + 1]; break;
                case "--connection": connection = args[i + 1]; break;
                case "--scale": scale = int.Parse(args[i + 1], System.Globalization.CultureInfo.InvariantCulture); break;
                default: return Usage($"unknown option {args[i]}");
            }
        }
        if (args.Length % 2 != 0 || provider is null || connection is null || scale < 1)
        {
            return Usage("--provider and --connection are required, --scale is a whole number from 1");
        }

        var mail = Path.Combine(Path.GetTempPath(), "mentoring-bench-seed-" + Guid.NewGuid().ToString("N"));
        try
        {
            // Not Production: the seed serves no requests, so it needs none of Production's host settings.
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Bench", ContentRootPath = AppContext.BaseDirectory });
            builder.Configuration["Database:Provider"] = provider;
            builder.Configuration["Database:ConnectionString"] = connection;
            builder.Configuration["Email:PickupDirectory"] = mail;
            builder.Logging.ClearProviders();
            builder.AddWeb();
            builder.AddData();
            builder.AddAccounts();
            builder.AddEmail();
            await using var app = builder.Build();
            using (var scope = app.Services.CreateScope())
            {
                await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
            }
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var programId = await PoolSeeder.SeedAsync(app.Services, scale);
            Console.WriteLine($"Seeded {provider}: {PoolSeeder.Requests * scale} requests ({PoolSeeder.OpenRequests * scale} waiting), " +
                $"{PoolSeeder.Volunteers * scale} mentor offers, logins {BenchAccounts.CoordinatorEmail} and {BenchAccounts.StaffEmail} in {watch.Elapsed.TotalSeconds:F1} s");
            Console.WriteLine($"PROGRAM_ID={programId}");
            // A request still waiting, for the suggestions page (every mentor of the pool scored for it).
            using (var scope = app.Services.CreateScope())
            {
                var db = scope.ServiceProvider.GetRequiredService<MentoringProgram.Web.Data.AppDbContext>();
                var requestId = await db.MenteeRequests.Where(r => r.Cycle!.ProgramId == programId && r.Status == MentoringProgram.Web.Domain.RequestStatus.Submitted)
                    .OrderBy(r => r.Id).Select(r => r.Id).FirstAsync();
                Console.WriteLine($"REQUEST_ID={requestId}");
            }
            return 0;
        }
        finally
        {
            if (Directory.Exists(mail))
            {
                Directory.Delete(mail, recursive: true);
            }
        }
    }

    private static int Usage(string problem)
    {
        Console.Error.WriteLine($"seed: {problem}");
        Console.Error.WriteLine("usage: MentoringProgram.Bench seed --provider Sqlite|PostgreSql|SqlServer --connection \"...\" [--scale N]");
        return 2;
    }
}
