using Hangfire;
using MentoringProgram.Web.Features.Surveys;

namespace MentoringProgram.Web.Jobs;

/// <summary>The daily Hangfire job that asks pairs their surveys at the right moments, and reminds once (docs/adr/0021).
/// Idempotent, so a doubled or retried run mails nobody twice.</summary>
public sealed class SurveyInvitationJob(SendSurveyNotices notices)
{
    public const string Id = "survey-invitations";

    [AutomaticRetry(Attempts = 2)]
    [DisableConcurrentExecution(timeoutInSeconds: 600)]
    public Task RunAsync(CancellationToken cancellationToken) => notices.RunAsync(cancellationToken);
}
