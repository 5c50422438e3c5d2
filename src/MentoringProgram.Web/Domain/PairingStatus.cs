namespace MentoringProgram.Web.Domain;

public enum PairingStatus
{
    Proposed = 0,
    Active = 1,
    Completed = 2,
    Dissolved = 3,
}
