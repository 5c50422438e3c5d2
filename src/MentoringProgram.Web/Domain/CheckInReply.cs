namespace MentoringProgram.Web.Domain;

/// <summary>A mentee's one-click answer to a check-in, "How is it going?" (seed 002: the coordinator checks in by email).</summary>
public enum CheckInReply
{
    GoingWell = 1,
    CouldBeBetter = 2,
    GetInTouch = 3,
}
