using System.Diagnostics;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Email;
using MentoringProgram.Web.Features.Matching;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MentoringProgram.Bench.Matching;

/// <summary>
/// <c>suggest-all</c>: the bulk match end to end on the page-speed pool in SQLite (1,221 waiting requests against 1,000
/// offers; <see cref="PoolSeeder"/>): load, hard rules, scores, exact solve, reasons for the chosen pairs and the saved
/// draft, through the app's own handler; and one request's suggestions in memory (score every mentor with reasons, keep
/// the best 10). Prints medians of several runs, and one RESULT line.
/// </summary>
internal static class SuggestAllCommand
{
    public static async Task<int> RunAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "mentoring-bench-match-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Bench", ContentRootPath = AppContext.BaseDirectory });
            builder.Configuration["Database:ConnectionString"] = $"Data Source={Path.Combine(folder, "bench.db")}";
            builder.Configuration["Email:PickupDirectory"] = Path.Combine(folder, "mail");
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
            var programId = await PoolSeeder.SeedAsync(app.Services, scale: 1);
            int cycleId;
            using (var scope = app.Services.CreateScope())
            {
                cycleId = await scope.ServiceProvider.GetRequiredService<AppDbContext>().ProgramCycles.Where(c => c.ProgramId == programId).Select(c => c.Id).SingleAsync();
            }

            // One request's suggestions, compute only: the pool loaded once, then every waiting request ranked in turn.
            MatchPool.Cycle cycle;
            using (var scope = app.Services.CreateScope())
            {
                cycle = (await scope.ServiceProvider.GetRequiredService<MatchPool>().LoadCycleAsync(programId, cycleId, CancellationToken.None))!;
            }
            foreach (var request in cycle.Requests.Take(50))
            {
                cycle.Scorer.Rank(request.Mentee, cycle.Mentors, cycle.Rules, MatchSuggestions.Shown); // warm up
            }
            var ranking = Stopwatch.StartNew();
            foreach (var request in cycle.Requests)
            {
                cycle.Scorer.Rank(request.Mentee, cycle.Mentors, cycle.Rules, MatchSuggestions.Shown);
            }
            var perRequestMs = ranking.Elapsed.TotalMilliseconds / cycle.Requests.Count;

            // The whole bulk match, five times (each run reads the same waiting pool: drafts change nobody).
            var times = new List<double>();
            var placed = 0;
            for (var run = 0; run < 6; run++)
            {
                using var scope = app.Services.CreateScope();
                var watch = Stopwatch.StartNew();
                var result = await scope.ServiceProvider.GetRequiredService<SuggestAllMatches.Handler>().HandleAsync(programId, cycleId, spreadTheLoad: false, null, CancellationToken.None);
                watch.Stop();
                if (run > 0)
                {
                    times.Add(watch.Elapsed.TotalMilliseconds);
                }
                placed = await scope.ServiceProvider.GetRequiredService<AppDbContext>().MatchRuns.Where(r => r.Id == result.RunId)
                    .SelectMany(r => r.Rows).CountAsync(r => r.MentorVolunteerId != null);
            }
            times.Sort();
            Console.WriteLine($"Bulk match, SQLite, {cycle.Requests.Count} waiting requests x {cycle.Mentors.Count} offers, {Environment.ProcessorCount} cores:");
            Console.WriteLine($"  suggest-all end to end (load, rules, scores, solve, reasons, save): median {times[times.Count / 2]:F0} ms [{times[0]:F0}-{times[^1]:F0}], {placed} placed");
            Console.WriteLine($"  one request's suggestions (score {cycle.Mentors.Count} mentors with reasons, keep 10): {perRequestMs:F3} ms");
            Console.WriteLine($"RESULT suggest_all_ms={times[times.Count / 2]:F0} one_request_ms={perRequestMs:F3} placed={placed}");
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }
}
