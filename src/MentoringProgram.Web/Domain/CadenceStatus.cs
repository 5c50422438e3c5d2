namespace MentoringProgram.Web.Domain;

public enum CadenceStatus
{
    NotStarted,
    OnTrack,
    Behind,
}
