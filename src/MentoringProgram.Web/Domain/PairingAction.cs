namespace MentoringProgram.Web.Domain;

/// <summary>What can happen to a pairing next; the pairing says which are allowed now.</summary>
public enum PairingAction
{
    Start,
    Cancel,
    Complete,
    Dissolve,

    /// <summary>The mentor turns down a mentee's ask.</summary>
    Decline,

    /// <summary>A mentee's ask ran out of time unanswered.</summary>
    Expire,
}
