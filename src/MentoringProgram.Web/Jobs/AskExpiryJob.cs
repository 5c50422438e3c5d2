using Hangfire;
using MentoringProgram.Web.Features.MenteeChoice;

namespace MentoringProgram.Web.Jobs;

/// <summary>The recurring Hangfire job that lapses mentees' asks nobody answered in time. The work is idempotent
/// (<see cref="ExpireAsks"/>), so a missed or doubled run changes nothing; a failed run is simply caught by the next.</summary>
public sealed class AskExpiryJob(ExpireAsks expiry)
{
    public const string Id = "mentee-ask-expiry";

    [AutomaticRetry(Attempts = 0)]
    [DisableConcurrentExecution(timeoutInSeconds: 120)]
    public async Task RunAsync(CancellationToken cancellationToken) => await expiry.RunAsync(cancellationToken);
}
