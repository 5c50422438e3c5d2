using Hangfire;
using MentoringProgram.Web.Features.Continuation;

namespace MentoringProgram.Web.Jobs;

/// <summary>The daily Hangfire job that asks pairs near their term's end whether to continue. Idempotent
/// (<see cref="SendContinuationNotices"/>): a doubled or retried run mails nobody twice.</summary>
public sealed class ContinuationNoticeJob(SendContinuationNotices notices)
{
    public const string Id = "continuation-notices";

    [AutomaticRetry(Attempts = 2)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task RunAsync(CancellationToken cancellationToken) => await notices.RunAsync(cancellationToken);
}
