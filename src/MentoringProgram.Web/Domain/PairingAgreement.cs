namespace MentoringProgram.Web.Domain;

/// <summary>What the pair agreed at the start (goals, frequency, duration, confidentiality): private to the
/// pair like notes, so it lives in its own table. Both members confirm the same text: any edit asks both again.</summary>
public class PairingAgreement : IConcurrencyStamped, IAudited
{
    private PairingAgreement() { }

    public PairingAgreement(int pairingId) => PairingId = pairingId;

    public int Id { get; private set; }
    public int PairingId { get; private set; }
    public string Goals { get; private set; } = "";
    public string? MeetingFrequency { get; private set; }
    public string? Confidentiality { get; private set; }
    public DateTimeOffset? MenteeAcceptedAt { get; private set; }
    public DateTimeOffset? MentorAcceptedAt { get; private set; }
    public Guid ConcurrencyStamp { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public bool IsAgreed => MenteeAcceptedAt is not null && MentorAcceptedAt is not null;
    public bool CanMenteeConfirm => HasGoals && MenteeAcceptedAt is null;
    public bool CanMentorConfirm => HasGoals && MentorAcceptedAt is null;

    private bool HasGoals => Goals.Length > 0;

    public void Edit(string goals, string? meetingFrequency, string? confidentiality)
    {
        if (string.IsNullOrWhiteSpace(goals))
        {
            throw new DomainRuleException("Write down at least one goal for the pairing.");
        }
        Goals = goals.Trim();
        MeetingFrequency = string.IsNullOrWhiteSpace(meetingFrequency) ? null : meetingFrequency.Trim();
        Confidentiality = string.IsNullOrWhiteSpace(confidentiality) ? null : confidentiality.Trim();
        // A confirmation is of the text as it stood; changed text has to be confirmed again by both.
        MenteeAcceptedAt = null;
        MentorAcceptedAt = null;
    }

    public void ConfirmAsMentee(DateTimeOffset now)
    {
        Require(CanMenteeConfirm, MenteeAcceptedAt);
        MenteeAcceptedAt = now;
    }

    public void ConfirmAsMentor(DateTimeOffset now)
    {
        Require(CanMentorConfirm, MentorAcceptedAt);
        MentorAcceptedAt = now;
    }

    private void Require(bool allowed, DateTimeOffset? confirmedAt)
    {
        if (!allowed)
        {
            throw new DomainRuleException(confirmedAt is null
                ? "The agreement has no goals yet, so there is nothing to confirm."
                : "You have already confirmed this agreement.");
        }
    }
}
