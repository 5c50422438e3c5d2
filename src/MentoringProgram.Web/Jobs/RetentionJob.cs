using Hangfire;
using MentoringProgram.Web.Features.Pairings;

namespace MentoringProgram.Web.Jobs;

/// <summary>The daily Hangfire job that deletes the private content of pairings ended longer ago than the retention
/// period. Idempotent and safe with several instances (<see cref="DeleteExpiredPrivateContent"/>).</summary>
public sealed class RetentionJob(DeleteExpiredPrivateContent retention)
{
    public const string Id = "private-content-retention";

    [AutomaticRetry(Attempts = 2)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task RunAsync(CancellationToken cancellationToken) => await retention.RunAsync(cancellationToken);
}
