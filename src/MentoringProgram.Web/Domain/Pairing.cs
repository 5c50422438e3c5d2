namespace MentoringProgram.Web.Domain;

public enum PairingStatus
{
    Proposed = 0,
    Active = 1,
    Completed = 2,
    Dissolved = 3,
}

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

/// <summary>That a meeting happened: dates and counts the coordinator may see.</summary>
public class Meeting : IAudited
{
    private Meeting() { }

    public Meeting(int pairingId, DateOnly heldOn, int durationMinutes, ContactMethods mode, int loggedByStaffId)
    {
        PairingId = pairingId;
        HeldOn = heldOn;
        DurationMinutes = durationMinutes;
        Mode = mode;
        LoggedByStaffId = loggedByStaffId;
    }

    public int Id { get; private set; }
    public int PairingId { get; private set; }
    public DateOnly HeldOn { get; private set; }
    public int DurationMinutes { get; private set; }
    public ContactMethods Mode { get; private set; }
    public int LoggedByStaffId { get; private set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>What was said: readable by the two members of the pair only. Its own table so access rules,
/// exports and retention treat it apart from everything else.</summary>
public class PrivateNote : IAudited
{
    private PrivateNote() { }

    public PrivateNote(int pairingId, int? meetingId, int authorStaffId, string text)
    {
        PairingId = pairingId;
        MeetingId = meetingId;
        AuthorStaffId = authorStaffId;
        Text = text;
    }

    public int Id { get; private set; }
    public int PairingId { get; private set; }
    public int? MeetingId { get; private set; }
    public int AuthorStaffId { get; private set; }
    public string Text { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}

/// <summary>What the pair agreed at the start (goals, frequency, duration, confidentiality): private to the
/// pair like notes, so it lives in its own table.</summary>
public class PairingAgreement : IConcurrencyStamped, IAudited
{
    private PairingAgreement() { }

    public PairingAgreement(int pairingId) => PairingId = pairingId;

    public int Id { get; private set; }
    public int PairingId { get; private set; }
    public string Goals { get; set; } = "";
    public string? MeetingFrequency { get; set; }
    public string? Confidentiality { get; set; }
    public DateTimeOffset? MenteeAcceptedAt { get; set; }
    public DateTimeOffset? MentorAcceptedAt { get; set; }
    public Guid ConcurrencyStamp { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
