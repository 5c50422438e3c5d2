using System.Data.Common;
using System.Diagnostics;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Email;
using MentoringProgram.Web.Features.Reminders;
using MentoringProgram.Web.Infrastructure;
using MentoringProgram.Web.Jobs;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MentoringProgram.Bench;

/// <summary>
/// <c>reminders</c>: the daily cadence-reminder scan over 2,000 active pairings and 24,000 held meetings in SQLite
/// (issue 14), through the app's own <see cref="CadenceReminders"/>: the SQL statements of the scan, the time of a first
/// run that queues the day's reminders, and of a second run the same day, which must queue nothing.
/// </summary>
internal static class RemindersCommand
{
    private sealed class Counter : DbCommandInterceptor
    {
        public int Statements;

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref Statements);
            return ValueTask.FromResult(result);
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Interlocked.Increment(ref Statements);
            return ValueTask.FromResult(result);
        }
    }

    public static async Task<int> RunAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "mentoring-bench-reminders-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            var counter = new Counter();
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Bench", ContentRootPath = AppContext.BaseDirectory });
            builder.Configuration["Database:ConnectionString"] = $"Data Source={Path.Combine(folder, "bench.db")}";
            builder.Configuration["Email:PickupDirectory"] = Path.Combine(folder, "mail");
            builder.Logging.ClearProviders();
            builder.AddWeb();
            builder.AddData();
            builder.AddAccounts();
            builder.AddEmail();
            builder.Services.AddSingleton(new JobsOptions { RunServer = false });
            // The bench is the entry assembly: name the app's own, so its controllers (and routes for mail links) are found.
            builder.Services.AddControllersWithViews().AddApplicationPart(typeof(CadenceReminders).Assembly);
            builder.Services.ConfigureDbContext<SqliteAppDbContext>(o => o.AddInterceptors(counter));
            await using var app = builder.Build();
            // The reminders link to the pair's page: the routes must be known to build those links.
            app.Urls.Add("http://127.0.0.1:0");
            app.UseRouting();
            app.MapControllers();
            await app.StartAsync();
            using (var scope = app.Services.CreateScope())
            {
                await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
            }
            var programId = await PoolSeeder.SeedAsync(app.Services, scale: 1);
            var (pairings, meetings) = await SeedPairingsAsync(app.Services, programId, count: 2000, meetingsEach: 12);
            Console.WriteLine($"SQLite, {pairings:N0} active pairings with {meetings:N0} held meetings, {Environment.ProcessorCount} cores");

            foreach (var run in new[] { "first run (queues the day's reminders)", "second run, same day (queues nothing)" })
            {
                using var scope = app.Services.CreateScope();
                counter.Statements = 0;
                var clock = Stopwatch.StartNew();
                var queued = await scope.ServiceProvider.GetRequiredService<CadenceReminders>().RunAsync(CancellationToken.None);
                clock.Stop();
                Console.WriteLine($"  {run}: {queued:N0} reminders queued, {counter.Statements} SQL statements, {clock.Elapsed.TotalMilliseconds:N0} ms");
            }
            return 0;
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>Pairs the pool's first <paramref name="count"/> requests with its offers (round robin, places not
    /// counted: this measures the scan, not matching), started 100 days ago, with held meetings spread over those days,
    /// a third of the pairs having met once only, so the scan finds pairs behind to remind.</summary>
    private static async Task<(int Pairings, int Meetings)> SeedPairingsAsync(IServiceProvider services, int programId, int count, int meetingsEach)
    {
        using var scope = services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var clock = scope.ServiceProvider.GetRequiredService<TimeProvider>();
        var program = await db.Programs.SingleAsync(p => p.Id == programId);
        var today = program.Today(clock);
        var cycleId = await db.ProgramCycles.Where(c => c.ProgramId == programId).Select(c => c.Id).SingleAsync();
        var requests = await db.MenteeRequests.Where(r => r.CycleId == cycleId).OrderBy(r => r.Id).Select(r => new { r.Id, r.StaffMemberId }).Take(count).ToListAsync();
        var offers = await db.MentorVolunteers.Where(v => v.CycleId == cycleId).OrderBy(v => v.Id).Select(v => new { v.Id, v.StaffMemberId }).ToListAsync();
        var starts = today.AddDays(-100);
        var pairings = requests.Select((r, i) => (r, o: offers[i % offers.Count])).Where(x => x.r.StaffMemberId != x.o.StaffMemberId)
            .Select(x =>
            {
                var pairing = new Pairing(cycleId, x.r.Id, x.o.Id, x.r.StaffMemberId, x.o.StaffMemberId, starts, starts.AddMonths(12).AddDays(-1));
                pairing.Start();
                return pairing;
            }).ToList();
        db.Pairings.AddRange(pairings);
        await db.SaveChangesAsync();
        var meetings = 0;
        foreach (var (pairing, i) in pairings.Select((p, i) => (p, i)))
        {
            // One in three met once and stopped (behind, so reminded); the rest met every few days (on track). On average
            // meetingsEach per pairing.
            var held = (i % 3) switch { 0 => 1, 1 => 3 * meetingsEach / 2 - 1, _ => 3 * meetingsEach / 2 };
            for (var k = 0; k < held; k++)
            {
                db.Meetings.Add(pairing.LogMeeting(starts.AddDays(k * 99 / held), 45, ContactMethods.Video, pairing.MenteeStaffId, today));
                meetings++;
            }
        }
        await db.SaveChangesAsync();
        return (pairings.Count, meetings);
    }
}
