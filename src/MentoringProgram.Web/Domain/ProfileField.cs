namespace MentoringProgram.Web.Domain;

/// <summary>The parts of a staff record that come from the roster or the coordinator, never from the person:
/// eligibility and matching rules depend on them. Staff ask for a correction instead of editing them.</summary>
public enum ProfileField
{
    HireDate = 1,
    Department = 2,
    SupervisorName = 3,
    SupervisorEmail = 4,
}
