namespace MentoringProgram.Web.Domain;

public enum RequestStatus
{
    Submitted = 0,
    Matched = 1,
    Withdrawn = 2,
}
