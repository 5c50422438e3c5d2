using Hangfire;
using MentoringProgram.Web.Features.CheckIns;
using MentoringProgram.Web.Features.EarlyCheckByMail;

namespace MentoringProgram.Web.Jobs;

/// <summary>The daily Hangfire job that asks pairs one-click questions by mail (docs/adr/0017): the early check when it
/// opens, and the mentee's periodic check-in. Both are idempotent, so a doubled or retried run mails nobody twice.</summary>
public sealed class PairingQuestionsJob(SendEarlyCheckNotices earlyChecks, SendCheckInNotices checkIns)
{
    public const string Id = "pairing-questions";

    [AutomaticRetry(Attempts = 2)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        await earlyChecks.RunAsync(cancellationToken);
        await checkIns.RunAsync(cancellationToken);
    }
}
