namespace MentoringProgram.Web.Features.MenteeChoice;

/// <summary>How a mentee's ask ended without a pairing: it decides who is told, and what.</summary>
public enum AskEnding
{
    /// <summary>The mentee took it back (or withdrew the request): the mentor is told.</summary>
    TakenBack,

    /// <summary>The coordinator cancelled it: both are told.</summary>
    CancelledByCoordinator,

    /// <summary>The mentor declined: the mentee is told, and chooses again.</summary>
    Declined,

    /// <summary>Nobody answered in time: both are told, and the mentee chooses again.</summary>
    Expired,
}
