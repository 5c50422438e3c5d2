namespace MentoringProgram.Web.Domain;

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
