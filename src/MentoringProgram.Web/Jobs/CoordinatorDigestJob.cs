using Hangfire;
using MentoringProgram.Web.Features.Reminders;

namespace MentoringProgram.Web.Jobs;

/// <summary>The weekly Hangfire job that mails each coordinator the week's digest. Idempotent (<see cref="CoordinatorDigest"/>):
/// a doubled, retried or late run in the same week mails nobody twice.</summary>
public sealed class CoordinatorDigestJob(CoordinatorDigest digest)
{
    public const string Id = "coordinator-digest";

    [AutomaticRetry(Attempts = 2)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task RunAsync(CancellationToken cancellationToken) => await digest.RunAsync(cancellationToken);
}
