namespace MentoringProgram.Web.Domain;

public enum ProgramStatus
{
    Draft = 0,
    Active = 1,
    Archived = 2,
}
