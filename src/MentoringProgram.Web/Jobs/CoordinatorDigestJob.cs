using Hangfire;
using MentoringProgram.Web.Features.Digest;

namespace MentoringProgram.Web.Jobs;

/// <summary>The weekly Hangfire job that mails each coordinator the week's digest. Idempotent (<see cref="CoordinatorDigest"/>):
/// a retried or doubled run mails nobody twice in the same week.</summary>
public sealed class CoordinatorDigestJob(CoordinatorDigest digest)
{
    public const string Id = "coordinator-digest";

    [AutomaticRetry(Attempts = 2)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task RunAsync(CancellationToken cancellationToken) => await digest.RunAsync(cancellationToken);
}
