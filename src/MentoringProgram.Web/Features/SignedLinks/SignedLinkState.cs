namespace MentoringProgram.Web.Features.SignedLinks;

/// <summary>Where a signed link stands when it is opened or used.</summary>
public enum SignedLinkState
{
    /// <summary>It can act (or, after a POST, it acted just now).</summary>
    Ready,
    Used,
    Expired,
    PairingEnded,
    /// <summary>The question was answered another way (in the app) or for another period, so the link has nothing to do.</summary>
    Answered,
}
