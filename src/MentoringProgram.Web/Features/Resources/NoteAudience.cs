namespace MentoringProgram.Web.Features.Resources;

/// <summary>Who a best-practice note goes to (seed 003: a "snippet" sent to all staff).</summary>
public enum NoteAudience
{
    /// <summary>Every active staff member with a work email.</summary>
    AllStaff = 1,

    /// <summary>The people taking part in one program (<see cref="ProgramParticipants"/>).</summary>
    Program = 2,
}
