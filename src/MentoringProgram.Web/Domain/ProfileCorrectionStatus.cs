namespace MentoringProgram.Web.Domain;

public enum ProfileCorrectionStatus
{
    Pending = 0,
    Approved = 1,
    Declined = 2,
}
