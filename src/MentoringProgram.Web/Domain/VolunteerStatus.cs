namespace MentoringProgram.Web.Domain;

public enum VolunteerStatus
{
    Submitted = 0,
    Approved = 1,
    Paused = 2,
    Withdrawn = 3,
}
