using Hangfire;
using MentoringProgram.Web.Email;

namespace MentoringProgram.Web.Jobs;

/// <summary>The recurring Hangfire job that sends due mail. Retries live in the outbox rows (with back-off
/// per message), so the job itself never retries: a second run simply finds nothing left to send.</summary>
public sealed class OutboxDeliveryJob(OutboxDispatcher dispatcher)
{
    public const string Id = "outbox-delivery";

    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 60)]
    public async Task RunAsync(CancellationToken cancellationToken) => await dispatcher.DispatchDueAsync(cancellationToken);
}
