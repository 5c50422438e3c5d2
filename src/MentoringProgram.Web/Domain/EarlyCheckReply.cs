namespace MentoringProgram.Web.Domain;

/// <summary>A member's one-click answer to the early check, "Is this working?".</summary>
public enum EarlyCheckReply
{
    Yes = 1,
    NotSure = 2,
    No = 3,
}
