namespace MentoringProgram.Web.Domain;

/// <summary>A mentor and a mentee in one cycle. Meetings and private notes hang off it (pairing-life issue).</summary>
public class Pairing : IConcurrencyStamped, IAudited
{
    private Pairing() { }

    public Pairing(int cycleId, int menteeRequestId, int mentorVolunteerId, int menteeStaffId, int mentorStaffId, DateOnly startsOn, DateOnly endsOn)
    {
        CycleId = cycleId;
        MenteeRequestId = menteeRequestId;
        MentorVolunteerId = mentorVolunteerId;
        MenteeStaffId = menteeStaffId;
        MentorStaffId = mentorStaffId;
        StartsOn = startsOn;
        EndsOn = endsOn;
    }

    public int Id { get; private set; }
    public int CycleId { get; private set; }
    public ProgramCycle? Cycle { get; private set; }
    public int MenteeRequestId { get; private set; }
    public int MentorVolunteerId { get; private set; }
    public int MenteeStaffId { get; private set; }
    public StaffMember? Mentee { get; private set; }
    public int MentorStaffId { get; private set; }
    public StaffMember? Mentor { get; private set; }
    public PairingStatus Status { get; private set; }
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    public DateOnly? EndedOn { get; private set; }
    public string? EndReason { get; private set; }
    public string? MatchReason { get; private set; }

    public Guid ConcurrencyStamp { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public bool Involves(int staffMemberId) => MenteeStaffId == staffMemberId || MentorStaffId == staffMemberId;
}
