using System.Diagnostics;
using System.Text;
using MentoringProgram.Bench;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Email;
using MentoringProgram.Web.Features.Enrollment;
using MentoringProgram.Web.Features.Staff;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

// "match --pool FILE": the bulk-matching solver on a pool file (see Matching/MatchCommand). Exit rather than
// return, so this line compiles whether or not the rest of this file returns an exit code.
if (args is ["match", .. var matchArgs])
{
    Environment.Exit(MentoringProgram.Bench.Matching.MatchCommand.Run(matchArgs));
}

// "suggest-all": the bulk match end to end on the page-speed pool (see Matching/SuggestAllCommand).
if (args is ["suggest-all"])
{
    return await MentoringProgram.Bench.Matching.SuggestAllCommand.RunAsync();
}

// "reminders": the daily cadence-reminder scan over 2,000 pairings and 24,000 meetings (see RemindersCommand).
if (args is ["reminders"])
{
    return await RemindersCommand.RunAsync();
}

// Prints figures for the paths that grow with a library's size: the coordinator's request list, roster
// parsing, and outbox delivery. Run: dotnet run -c Release --project bench/MentoringProgram.Bench
// With "seed ..." it fills a database for bench/run.sh instead (see SeedCommand).
if (args is ["seed", .. var seedArgs])
{
    return await SeedCommand.RunAsync(seedArgs);
}

var folder = Path.Combine(Path.GetTempPath(), "mentoring-bench-" + Guid.NewGuid().ToString("N"));
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

    const int people = 2000;
    var programId = await SeedAsync(app.Services, people);
    Console.WriteLine($"SQLite, {people} staff with one mentor request each (2-4 topics), {Environment.ProcessorCount} cores");

    await MeasureAsync("Coordinator request list, page 1 of 80 (25 rows)", 30, async sp =>
        await sp.GetRequiredService<EnrollmentLists.Handler>().RequestsAsync(programId, new EnrollmentLists.Filter(null, null, null, null, null), CancellationToken.None));
    await MeasureAsync("Coordinator request list, search 'smith'", 30, async sp =>
        await sp.GetRequiredService<EnrollmentLists.Handler>().RequestsAsync(programId, new EnrollmentLists.Filter(null, null, null, null, "smith"), CancellationToken.None));
    await MeasureAsync($"Request CSV export ({people} rows)", 5, async sp =>
    {
        var page = await sp.GetRequiredService<EnrollmentLists.Handler>().RequestsAsync(programId, new EnrollmentLists.Filter(null, null, null, null, null), CancellationToken.None, 100_000);
        return CsvExport.Write(["Name", "Email", "Goals"], page!.Rows.Items.Select(r => new[] { r.Name, r.Email, r.Goals }));
    });

    var csv = new StringBuilder(RosterCsv.TemplateHeader + "\n");
    for (var i = 0; i < RosterCsv.MaxRows; i++)
    {
        csv.Append($"Person {i},person{i}@library.test,Department {i % 12},Librarian,2015-01-{1 + (i % 28):00},Boss {i % 40},boss{i % 40}@library.test,Main\n");
    }
    var text = csv.ToString();
    await MeasureAsync($"Roster CSV parse ({RosterCsv.MaxRows} rows, {text.Length / 1024} KB)", 10, _ => Task.FromResult<object?>(RosterCsv.Parse(text)));

    using (var scope = app.Services.CreateScope())
    {
        var outbox = scope.ServiceProvider.GetRequiredService<EmailOutbox>();
        var content = new EmailContent("Bench", "Hello,\n\nOpen: https://localhost/My\n", "<p><a href=\"https://localhost/My\">Open</a></p>");
        await outbox.QueueAllAsync(Enumerable.Range(0, 500).Select(i => new OutgoingMail($"bench:{i}", $"r{i}@library.test", null, content)).ToList());
        await scope.ServiceProvider.GetRequiredService<AppDbContext>().SaveChangesAsync();
    }
    var watch = Stopwatch.StartNew();
    var sent = 0;
    while (true)
    {
        using var scope = app.Services.CreateScope();
        var result = await scope.ServiceProvider.GetRequiredService<OutboxDispatcher>().DispatchDueAsync();
        if (result.Sent == 0)
        {
            break;
        }
        sent += result.Sent;
    }
    Console.WriteLine($"{"Outbox delivery to .eml files",-55} {sent} messages in {watch.ElapsedMilliseconds} ms ({sent * 1000.0 / Math.Max(1, watch.ElapsedMilliseconds):F0}/s)");

    await LoginTiming.MeasureAsync(folder);
}
finally
{
    Directory.Delete(folder, recursive: true);
}
return 0;

static async Task MeasureAsync(string name, int runs, Func<IServiceProvider, Task<object?>> action)
{
    var times = new List<double>();
    long allocated = 0;
    for (var i = 0; i < runs + 2; i++)
    {
        using var scope = BenchServices.Root!.CreateScope();
        var before = GC.GetAllocatedBytesForCurrentThread();
        var watch = Stopwatch.StartNew();
        await action(scope.ServiceProvider);
        watch.Stop();
        if (i >= 2)
        {
            times.Add(watch.Elapsed.TotalMilliseconds);
            allocated += GC.GetAllocatedBytesForCurrentThread() - before;
        }
    }
    times.Sort();
    Console.WriteLine($"{name,-55} median {times[times.Count / 2],7:F1} ms  p90 {times[(int)(times.Count * 0.9)],7:F1} ms  ~{allocated / runs / 1024,6} KB allocated per run");
}

static async Task<int> SeedAsync(IServiceProvider services, int people)
{
    BenchServices.Root = services;
    using var scope = services.CreateScope();
    var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
    var departments = Enumerable.Range(0, 12).Select(i => new Department($"Department {i}")).ToList();
    db.Departments.AddRange(departments);
    var template = ProgramTemplates.All[0];
    var program = new MentorshipProgram("Bench program", template.Settings);
    program.SetTopics(await db.Topics.Select(t => t.Id).ToListAsync());
    var today = DateOnly.FromDateTime(DateTime.UtcNow);
    var cycle = program.AddCycle("Bench", new EnrollmentWindow(today.AddDays(-10), today.AddDays(10)), today.AddDays(20));
    program.Activate();
    db.Programs.Add(program);
    var names = new[] { "Smith", "Garcia", "Chen", "Okafor", "Patel", "Rossi", "Larsen", "Khan" };
    var staff = Enumerable.Range(0, people).Select(i => new StaffMember($"Person{i} {names[i % names.Length]}", $"p{i}@library.test") { Department = departments[i % 12] }).ToList();
    db.StaffMembers.AddRange(staff);
    await db.SaveChangesAsync();
    var topicIds = await db.Topics.Select(t => t.Id).ToListAsync();
    foreach (var (member, i) in staff.Select((s, i) => (s, i)))
    {
        var request = new MenteeRequest(cycle.Id, member.Id) { Goals = "Grow into a leadership role within three years.", PreferredContact = ContactMethods.Email };
        request.SetTopics(BenchTopics.For(i, topicIds));
        request.Submit(DateTimeOffset.UtcNow);
        db.MenteeRequests.Add(request);
    }
    await db.SaveChangesAsync();
    return program.Id;
}
