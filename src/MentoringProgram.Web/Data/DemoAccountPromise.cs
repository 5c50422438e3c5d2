namespace MentoringProgram.Web.Data;

/// <summary>What a demo login is there to show; the welcome line says it and a test holds the seeder to it.</summary>
public enum DemoAccountPromise
{
    /// <summary>Reaches the coordinator's pages.</summary>
    Coordinator,

    /// <summary>On staff long enough to volunteer as a mentor in the demo program, and mentoring a new colleague in a
    /// program whose term is under way.</summary>
    CanMentor,

    /// <summary>Four months on staff: can request a mentor, is refused as a mentor.</summary>
    NewStaff,
}
