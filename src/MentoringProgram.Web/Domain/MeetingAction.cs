namespace MentoringProgram.Web.Domain;

/// <summary>What can happen to a scheduled meeting next; the meeting says which are allowed now.</summary>
public enum MeetingAction
{
    MarkHeld,
    MarkMissed,
    Cancel,
}
