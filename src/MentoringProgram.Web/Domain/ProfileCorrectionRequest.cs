namespace MentoringProgram.Web.Domain;

/// <summary>A staff member asking the coordinator to correct their hire date, department or supervisor. The
/// value only reaches the staff record when a coordinator approves; a decision is final.</summary>
public class ProfileCorrectionRequest : IConcurrencyStamped, IAudited
{
    public const int MaxValueLength = 256;
    public const int MaxReasonLength = 1000;

    private ProfileCorrectionRequest() { }

    public ProfileCorrectionRequest(int staffMemberId, ProfileField field, string proposedValue, string reason, DateTimeOffset requestedAt)
    {
        if (!Enum.IsDefined(field))
        {
            throw new ArgumentOutOfRangeException(nameof(field), field, "Not a correctable profile field.");
        }
        ArgumentException.ThrowIfNullOrWhiteSpace(proposedValue);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        StaffMemberId = staffMemberId;
        Field = field;
        ProposedValue = proposedValue.Trim();
        Reason = reason.Trim();
        RequestedAt = requestedAt;
        Status = ProfileCorrectionStatus.Pending;
    }

    public int Id { get; private set; }
    public int StaffMemberId { get; private set; }
    public StaffMember? StaffMember { get; private set; }
    public ProfileField Field { get; private set; }
    public string ProposedValue { get; private set; } = "";
    public string Reason { get; private set; } = "";
    public ProfileCorrectionStatus Status { get; private set; }
    public DateTimeOffset RequestedAt { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }
    public string? DecidedByUserId { get; private set; }
    public string? DecisionNote { get; private set; }

    public Guid ConcurrencyStamp { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public bool IsPending => Status == ProfileCorrectionStatus.Pending;

    public void Approve(string deciderUserId, DateTimeOffset at) => Decide(ProfileCorrectionStatus.Approved, deciderUserId, at, null);

    public void Decline(string deciderUserId, DateTimeOffset at, string? note) => Decide(ProfileCorrectionStatus.Declined, deciderUserId, at, note);

    private void Decide(ProfileCorrectionStatus outcome, string deciderUserId, DateTimeOffset at, string? note)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(deciderUserId);
        if (!IsPending)
        {
            throw new InvalidOperationException($"This correction request is already {Status.ToString().ToLowerInvariant()}.");
        }
        Status = outcome;
        DecidedByUserId = deciderUserId;
        DecidedAt = at;
        DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
    }
}
