namespace MentoringProgram.Web.Domain;

public enum ProgramRole
{
    /// <summary>Runs one program: its cycles, matching and follow-up.</summary>
    ProgramCoordinator = 0,

    /// <summary>Sees aggregates and counts, for example HR; never private content.</summary>
    Viewer = 1,
}
