namespace MentoringProgram.Web.Domain;

/// <summary>Who a resource is written for; a pairing page shows a member what is for everyone and for their role.</summary>
public enum ResourceAudience
{
    Everyone = 0,
    Mentors = 1,
    Mentees = 2,
}
