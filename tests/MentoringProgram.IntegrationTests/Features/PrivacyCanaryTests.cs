using System.Collections.Concurrent;
using System.Reflection;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Testing;
using MentoringProgram.Web.Features.Continuation;
using MentoringProgram.Web.Features.Reminders;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>Issue 14's privacy promise, checked end to end: a canary written into a private note, the agreement and a
/// meeting's place by the pair is found in none of the coordinator's pages or exports, no mail (the coordinators' digest included), no audit entry, no job
/// argument and no log line, while the pair themselves read it.</summary>
public sealed class PrivacyCanaryTests(SqliteApp fixture) : AppTests(fixture), IClassFixture<SqliteApp>
{
    private const string Canary = "Canary e41d";
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private sealed class CapturingLogs : ILoggerProvider
    {
        public ConcurrentQueue<string> Lines { get; } = new();

        public ILogger CreateLogger(string categoryName) => new Logger(this);

        public void Dispose()
        {
        }

        private sealed class Logger(CapturingLogs logs) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
                logs.Lines.Enqueue(formatter(state, exception) + exception);
        }
    }

    [Fact]
    public async Task WhatThePairWrites_IsInNoCoordinatorPage_Export_Mail_AuditEntry_JobArgument_OrLogLine()
    {
        var logs = new CapturingLogs();
        using var logged = App.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(logs).SetMinimumLevel(LogLevel.Trace)));
        async Task<AppClient> SignInAsync(string email)
        {
            var client = new AppClient(logged.CreateClient(new WebApplicationFactoryClientOptions { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false }));
            await client.LoginAsync(email, TestAppFactory.Password);
            return client;
        }
        var pair = await ConfirmedPair.CreateAsync(App);
        var today = await pair.IntoTheTermAsync(App, 10);
        var mentee = await SignInAsync(pair.MenteeEmail);
        var mentor = await SignInAsync(pair.MentorEmail);
        var coordinatorEmail = Unique("coord");
        await App.CreateUserAsync(coordinatorEmail, coordinator: true);
        var coordinator = await SignInAsync(coordinatorEmail);

        await mentee.SubmitAsync(pair.Page, [new("Form.HeldOn", today.AddDays(-1).ToString("yyyy-MM-dd")), new("Form.Minutes", "40"), new("Form.Format", "Video"), new("Form.Note", $"{Canary} in a note")], "form[action$='/Meetings']");
        await mentee.SubmitAsync($"{pair.Page}/Agreement", [new("Form.Goals", $"{Canary} in the goals"), new("Form.MeetingPlan", $"{Canary} in the plan"), new("Form.Confidentiality", $"{Canary} kept"), new("Form.Version", "0")]);
        await mentor.SubmitAsync(pair.Page, [new("Schedule.Day", today.AddDays(5).ToString("yyyy-MM-dd")), new("Schedule.Time", "10:30"), new("Schedule.Minutes", "60"), new("Schedule.Format", "InPerson"), new("Schedule.Place", $"{Canary} cafe")], "form[action$='/Meetings/Schedule']");
        var ownPage = await (await mentor.GetAsync(pair.Page)).Content.ReadAsStringAsync(Ct);
        Assert.Contains($"{Canary} in a note", ownPage);
        Assert.Contains($"{Canary} in the goals", ownPage);
        Assert.Contains($"{Canary} cafe", ownPage);

        // Every job that reads pairings runs: reminders, continuation notices near the end, and the term's end.
        await using (var scope = logged.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<CadenceReminders>().RunAsync(Ct);
        }
        var endsOn = await App.WithDbAsync(db => db.Pairings.Where(p => p.Id == pair.PairingId).Select(p => p.EndsOn).SingleAsync(Ct));
        App.Clock.Advance(TimeSpan.FromDays(endsOn.DayNumber - App.Today().DayNumber - 20));
        coordinator = await SignInAsync(coordinatorEmail);
        await using (var scope = logged.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SendContinuationNotices>().RunAsync(Ct);
            // The coordinators' weekly digest names the pair, behind on its cadence by now, and nothing they wrote.
            await scope.ServiceProvider.GetRequiredService<CoordinatorDigest>().RunAsync(Ct);
        }

        var scene = pair.Scene;
        string[] pages =
        [
            "/", $"/Programs/{scene.ProgramId}", $"/Programs/{scene.ProgramId}/Cycles/{scene.CycleId}/Progress",
            $"/Programs/{scene.ProgramId}/Cycles/{scene.CycleId}/Pairings/{pair.PairingId}", $"/Programs/{scene.ProgramId}/Cycles/{scene.CycleId}/Matching",
            $"/Programs/{scene.ProgramId}/Requests", $"/Programs/{scene.ProgramId}/Requests/{scene.RequestId}", $"/Programs/{scene.ProgramId}/Requests.csv",
            $"/Programs/{scene.ProgramId}/Volunteers", $"/Programs/{scene.ProgramId}/Volunteers.csv", "/Audit", "/Outbox", "/Roster",
        ];
        foreach (var url in pages)
        {
            var response = await coordinator.GetAsync(url);
            Assert.True(response.IsSuccessStatusCode, $"{url}: {response.StatusCode}");
            Assert.DoesNotContain(Canary, await response.Content.ReadAsStringAsync(Ct));
        }
        // The coordinator cannot open the pair's own page, agreement or calendar file either.
        Assert.False((await coordinator.GetAsync(pair.Page)).IsSuccessStatusCode);
        Assert.False((await coordinator.GetAsync($"{pair.Page}/Agreement")).IsSuccessStatusCode);

        await App.DeliverAsync();
        var mails = await App.WithDbAsync(db => db.OutboxMessages.AsNoTracking().ToListAsync(Ct));
        Assert.Contains(mails, m => m.ToAddress == pair.MentorEmail && m.Subject.Contains("agreement", StringComparison.Ordinal));
        Assert.Contains(mails, m => m.DeduplicationKey.StartsWith($"continuation:{pair.PairingId}:", StringComparison.Ordinal));
        Assert.Contains(mails, m => m.DeduplicationKey.StartsWith("coordinator-digest:", StringComparison.Ordinal) && m.ToAddress == coordinatorEmail);
        Assert.DoesNotContain(mails, m => (m.Subject + m.TextBody + m.HtmlBody).Contains(Canary, StringComparison.Ordinal));
        var audit = await App.WithDbAsync(db => db.AuditEntries.AsNoTracking().ToListAsync(Ct));
        Assert.DoesNotContain(audit, e => (e.Action + e.Subject + e.Details).Contains(Canary, StringComparison.Ordinal));
        Assert.NotEmpty(logs.Lines);
        Assert.DoesNotContain(logs.Lines, line => line.Contains(Canary, StringComparison.Ordinal));

        // Recurring jobs carry no argument but the cancellation token, so nothing a pair wrote can be stored with one.
        var jobs = typeof(Web.Jobs.CadenceReminderJob).Assembly.GetTypes().Where(t => t.Namespace == "MentoringProgram.Web.Jobs" && t.Name.EndsWith("Job", StringComparison.Ordinal));
        Assert.All(jobs, job => Assert.All(job.GetMethod("RunAsync", BindingFlags.Public | BindingFlags.Instance)!.GetParameters(), p => Assert.Equal(typeof(CancellationToken), p.ParameterType)));
    }
}
