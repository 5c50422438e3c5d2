namespace MentoringProgram.Web.Domain;

/// <summary>
/// A member of an active pairing asks the coordinator to end it early, with a reason from seed 002's list and optional
/// words for the coordinator. One row per pairing (a unique index), reused when the member asks again, so the database
/// itself holds at most one open request; the audit log keeps the history. The words are for the coordinator: the other
/// member is not shown the request (docs/adr/0015-ending-a-pairing-early.md).
/// </summary>
public class PairingEndRequest : IConcurrencyStamped, IAudited
{
    public const int MessageLength = 1000;
    public const int CoordinatorWordLength = 1000;

    private PairingEndRequest() { }

    public PairingEndRequest(int pairingId) => PairingId = pairingId;

    public int Id { get; private set; }
    public int PairingId { get; private set; }
    public EndRequestStatus Status { get; private set; }
    public int RequestedByStaffId { get; private set; }
    public EndRequestReason Reason { get; private set; }

    /// <summary>The member's optional words to the coordinator.</summary>
    public string? Message { get; private set; }

    public DateTimeOffset RequestedAt { get; private set; }
    public DateTimeOffset? DecidedAt { get; private set; }

    /// <summary>The coordinator's optional word to the member when keeping the pairing going.</summary>
    public string? CoordinatorWord { get; private set; }

    public Guid ConcurrencyStamp { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public bool IsOpen => Status == EndRequestStatus.Open;

    /// <summary>Either member of an active pairing asks, unless a request is already waiting for the coordinator.</summary>
    public void Ask(Pairing pairing, int staffId, EndRequestReason reason, string? message, DateTimeOffset now)
    {
        if (pairing.Id != PairingId)
        {
            throw new InvalidOperationException($"This request belongs to pairing {PairingId}, not to pairing {pairing.Id}.");
        }
        if (pairing.Status != PairingStatus.Active)
        {
            throw new DomainRuleException("Only an active pairing can be ended early.");
        }
        if (!pairing.Involves(staffId))
        {
            throw new DomainRuleException("Only the mentee or the mentor asks to end their pairing.");
        }
        if (IsOpen)
        {
            throw new DomainRuleException(staffId == RequestedByStaffId
                ? "You have already asked the coordinator to end this pairing; they will be in touch."
                : "A request to end this pairing is already with the coordinator.");
        }
        if (!reason.IsDefined())
        {
            throw new DomainRuleException("Choose a reason from the list.");
        }
        if (message?.Trim().Length > MessageLength)
        {
            throw new DomainRuleException($"Keep your words to the coordinator to {MessageLength:N0} characters or fewer.");
        }
        Status = EndRequestStatus.Open;
        RequestedByStaffId = staffId;
        Reason = reason;
        Message = string.IsNullOrWhiteSpace(message) ? null : message.Trim();
        RequestedAt = now;
        DecidedAt = null;
        CoordinatorWord = null;
    }

    /// <summary>The member who asked changes their mind while the coordinator has not decided.</summary>
    public void TakeBack(int staffId, DateTimeOffset now)
    {
        if (!IsOpen)
        {
            throw new DomainRuleException(Status == EndRequestStatus.Granted
                ? "The coordinator has already ended this pairing."
                : "There is no request to end this pairing waiting for the coordinator.");
        }
        if (staffId != RequestedByStaffId)
        {
            throw new DomainRuleException("Only the member who asked can take the request back.");
        }
        Status = EndRequestStatus.TakenBack;
        DecidedAt = now;
    }

    /// <summary>The coordinator decides the pairing goes on, with an optional word to the member who asked.</summary>
    public void KeepGoing(string? word, DateTimeOffset now)
    {
        RequireOpen();
        if (word?.Trim().Length > CoordinatorWordLength)
        {
            throw new DomainRuleException($"Keep your word to the member to {CoordinatorWordLength:N0} characters or fewer.");
        }
        Status = EndRequestStatus.KeptGoing;
        CoordinatorWord = string.IsNullOrWhiteSpace(word) ? null : word.Trim();
        DecidedAt = now;
    }

    /// <summary>The coordinator dissolved the pairing, answering the request.</summary>
    public void Grant(DateTimeOffset now)
    {
        RequireOpen();
        Status = EndRequestStatus.Granted;
        DecidedAt = now;
    }

    private void RequireOpen()
    {
        if (!IsOpen)
        {
            throw new DomainRuleException("There is no request to end this pairing waiting for a decision: it was taken back or decided already.");
        }
    }
}
