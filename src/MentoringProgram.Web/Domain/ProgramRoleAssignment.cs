namespace MentoringProgram.Web.Domain;

/// <summary>A role a login holds for one program only (the organisation issue); the global Coordinator role
/// covers every program.</summary>
public class ProgramRoleAssignment
{
    private ProgramRoleAssignment() { }

    public ProgramRoleAssignment(int programId, string userId, ProgramRole role)
    {
        ProgramId = programId;
        UserId = userId;
        Role = role;
    }

    public int Id { get; private set; }
    public int ProgramId { get; private set; }
    public string UserId { get; private set; } = "";
    public ProgramRole Role { get; private set; }
}
