namespace MentoringProgram.Web.Domain;

/// <summary>A member's answer to the continuation notice near the end of a term (seed 002).</summary>
public enum ContinuationChoice
{
    /// <summary>Carry on for another term, if the other member agrees and the program renews pairings.</summary>
    Continue = 1,

    /// <summary>Finish at the end of the term, as planned.</summary>
    End = 2,
}
