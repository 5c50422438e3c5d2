namespace MentoringProgram.Web.Domain;

/// <summary>What a coordinator can do to a volunteer's standing; the volunteer says which are allowed now.</summary>
public enum VolunteerAction
{
    Approve,
    Pause,
    TrainingDone,
    TrainingNotDone,
}
