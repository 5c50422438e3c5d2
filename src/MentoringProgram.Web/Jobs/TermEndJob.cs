using Hangfire;
using MentoringProgram.Web.Features.Reminders;

namespace MentoringProgram.Web.Jobs;

/// <summary>The Hangfire job that completes pairings whose term has ended in their program's time zone. Hourly, so a
/// pairing completes within the hour after midnight wherever its library is; idempotent (<see cref="CompleteEndedTerms"/>).</summary>
public sealed class TermEndJob(CompleteEndedTerms terms)
{
    public const string Id = "term-end";

    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task RunAsync(CancellationToken cancellationToken) => await terms.RunAsync(cancellationToken);
}
