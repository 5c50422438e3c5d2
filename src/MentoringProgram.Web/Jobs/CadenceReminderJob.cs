using Hangfire;
using MentoringProgram.Web.Features.Reminders;

namespace MentoringProgram.Web.Jobs;

/// <summary>The daily Hangfire job that reminds pairs of their program's meeting rhythm. The work is idempotent
/// (<see cref="CadenceReminders"/>), so a doubled run mails nobody twice and a failed one is caught by the next.</summary>
public sealed class CadenceReminderJob(CadenceReminders reminders)
{
    public const string Id = "cadence-reminders";

    [AutomaticRetry(Attempts = 2)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task RunAsync(CancellationToken cancellationToken) => await reminders.RunAsync(cancellationToken);
}
