namespace MentoringProgram.Web.Features.SignedLinks;

/// <summary>What a signed link in mail that answers a question does (<see cref="SignedLinkAnswerController{TView}"/>):
/// what it would do, and using it.</summary>
public interface ISignedLinkAnswers<TView>
    where TView : class
{
    /// <summary>What the link would do, or null when the token is not one of ours (tampered, truncated, foreign).</summary>
    Task<TView?> LoadAsync(string token, CancellationToken cancellationToken);

    /// <summary>Uses the link: null when the token is not ours, else the state it was in (Ready means it acted now).</summary>
    Task<SignedLinkState?> AnswerAsync(string token, CancellationToken cancellationToken);
}
