namespace MentoringProgram.Web.Domain;

/// <summary>One member's answer to the early check of one pairing: once each (a unique index on the pairing and the
/// member). Private: the coordinator learns only that a member answered "No", not who, nor the other answers.</summary>
public class EarlyCheckAnswer : IAudited
{
    private EarlyCheckAnswer() { }

    private EarlyCheckAnswer(int pairingId, int staffId, EarlyCheckReply reply, DateTimeOffset answeredAt)
    {
        PairingId = pairingId;
        StaffId = staffId;
        Reply = reply;
        AnsweredAt = answeredAt;
    }

    public int Id { get; private set; }
    public int PairingId { get; private set; }
    public int StaffId { get; private set; }
    public EarlyCheckReply Reply { get; private set; }
    public DateTimeOffset AnsweredAt { get; private set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>A member answers while the check is due (<see cref="EarlyCheck"/>) and the pairing active. Whether they
    /// answered already is the caller's to check with the database, which also refuses a second row.</summary>
    public static EarlyCheckAnswer Give(Pairing pairing, int staffId, IEnumerable<DateOnly> heldOn, DateOnly today, EarlyCheckReply reply, DateTimeOffset now)
    {
        if (!pairing.Involves(staffId))
        {
            throw new DomainRuleException("Only the mentee or the mentor answers their pairing's early check.");
        }
        if (pairing.Status != PairingStatus.Active)
        {
            throw new DomainRuleException("The early check is for an active pairing.");
        }
        if (!EarlyCheck.IsDue(pairing.Status, pairing.StartsOn, heldOn, today))
        {
            throw new DomainRuleException("The early check opens after your first two meetings, or 30 days after the start.");
        }
        if (!Enum.IsDefined(reply))
        {
            throw new DomainRuleException("Choose Yes, Not sure or No.");
        }
        return new EarlyCheckAnswer(pairing.Id, staffId, reply, now);
    }
}
