namespace MentoringProgram.Web.Domain;

/// <summary>Proposed and active pairings are live: they hold a mentor's place and their request.</summary>
public enum PairingStatus
{
    Proposed = 0,
    Active = 1,
    Completed = 2,
    Dissolved = 3,

    /// <summary>A proposal the coordinator called off before confirming it: the pair never met, so unlike a
    /// dissolved pairing it does not keep the two from being suggested again.</summary>
    Cancelled = 4,

    /// <summary>The mentor said no to a mentee's ask (mentee-choice programs); the mentee asks someone else, and is
    /// not shown this mentor again for the same request.</summary>
    Declined = 5,

    /// <summary>The mentor did not answer a mentee's ask in time; their place is freed and the mentee asks the next.</summary>
    Expired = 6,
}
