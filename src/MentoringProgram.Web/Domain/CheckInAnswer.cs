namespace MentoringProgram.Web.Domain;

/// <summary>A mentee's answer to one check-in of one pairing: once per period (a unique index on the pairing and the
/// period). Addressed to the coordinator, who sees the latest answer and its date on the progress board.</summary>
public class CheckInAnswer : IAudited
{
    private CheckInAnswer() { }

    private CheckInAnswer(int pairingId, int period, CheckInReply reply, DateTimeOffset answeredAt)
    {
        PairingId = pairingId;
        Period = period;
        Reply = reply;
        AnsweredAt = answeredAt;
    }

    public int Id { get; private set; }
    public int PairingId { get; private set; }
    /// <summary>Which check-in: 1 for the first interval after the start (<see cref="CheckInSchedule"/>).</summary>
    public int Period { get; private set; }
    public CheckInReply Reply { get; private set; }
    public DateTimeOffset AnsweredAt { get; private set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The mentee answers while the period is open and the pairing active. Whether this period was answered
    /// already is the caller's to check with the database, which also refuses a second row.</summary>
    public static CheckInAnswer Give(Pairing pairing, int staffId, int weeks, int period, DateOnly today, CheckInReply reply, DateTimeOffset now)
    {
        if (pairing.MenteeStaffId != staffId)
        {
            throw new DomainRuleException("Only the mentee answers their pairing's check-in.");
        }
        if (pairing.Status != PairingStatus.Active)
        {
            throw new DomainRuleException("Check-ins are for an active pairing.");
        }
        if (CheckInSchedule.OpenOn(pairing.StartsOn, pairing.EndsOn, weeks, today) != period)
        {
            throw new DomainRuleException("This check-in is closed: a later one has opened, or the term is ending.");
        }
        if (!Enum.IsDefined(reply))
        {
            throw new DomainRuleException("Choose Going well, Could be better or I'd like the coordinator to get in touch.");
        }
        return new CheckInAnswer(pairing.Id, period, reply, now);
    }
}
