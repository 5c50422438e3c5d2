namespace MentoringProgram.Web.Features.Reminders;

/// <summary>Why a member of a pair is reminded today.</summary>
public enum ReminderKind
{
    /// <summary>A meeting is owed for a checkpoint a week or less away.</summary>
    DueSoon,

    /// <summary>The pair met less often than the program asks by a checkpoint already passed.</summary>
    Behind,

    /// <summary>The mentor, some days after the start, with no meeting logged: mentors make first contact.</summary>
    FirstContact,
}
