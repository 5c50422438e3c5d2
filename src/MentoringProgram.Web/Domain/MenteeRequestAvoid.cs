namespace MentoringProgram.Web.Domain;

/// <summary>Someone the mentee would rather not be matched with: private to the coordinator, and a hard rule of matching.</summary>
public class MenteeRequestAvoid
{
    private MenteeRequestAvoid() { }

    public MenteeRequestAvoid(int staffMemberId) => StaffMemberId = staffMemberId;

    public int MenteeRequestId { get; private set; }
    public int StaffMemberId { get; private set; }
}
