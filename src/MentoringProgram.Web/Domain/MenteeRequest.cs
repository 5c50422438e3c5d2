namespace MentoringProgram.Web.Domain;

/// <summary>A staff member asking for a mentor in one cycle. One row per person per cycle: withdrawing and
/// asking again reuses it, so the database itself guarantees a single open request.</summary>
public class MenteeRequest : IEnrollmentEntry, IAudited
{
    private readonly List<MenteeRequestTopic> _topics = [];
    private readonly List<MenteeRequestAvoid> _avoidStaff = [];

    private MenteeRequest() { }

    public MenteeRequest(int cycleId, int staffMemberId)
    {
        CycleId = cycleId;
        StaffMemberId = staffMemberId;
    }

    public int Id { get; private set; }
    public int CycleId { get; private set; }
    public ProgramCycle? Cycle { get; private set; }
    public int StaffMemberId { get; private set; }
    public StaffMember? StaffMember { get; private set; }
    public RequestStatus Status { get; private set; }
    public string Goals { get; set; } = "";
    public string? Strengths { get; set; }
    public string? Weaknesses { get; set; }
    public string? Opportunities { get; set; }
    public string? Threats { get; set; }
    public ContactMethods PreferredContact { get; set; }
    public bool PreferMentorOutsideDepartment { get; set; }
    public string? Avoid { get; set; }
    public string? Availability { get; set; }
    public bool ReadExpectations { get; set; }
    public bool InformedSupervisor { get; set; }
    public DateTimeOffset SubmittedAt { get; private set; }
    public DateTimeOffset? WithdrawnAt { get; private set; }

    /// <summary>When the coordinator dissolved this request's pairing and sent it back to wait for a new mentor: while it
    /// waits, lists and suggestions put it first. Cleared when it is matched again or withdrawn.</summary>
    public DateTimeOffset? RematchSince { get; private set; }

    public Guid ConcurrencyStamp { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public IReadOnlyCollection<MenteeRequestTopic> Topics => _topics;

    /// <summary>The same topics as <see cref="Topics"/>, as one column lists read (<see cref="TopicIdList"/>).</summary>
    public string TopicIds { get; private set; } = "";

    /// <summary>Staff the mentee would rather not be matched with; only the coordinator sees them.</summary>
    public IReadOnlyCollection<MenteeRequestAvoid> AvoidStaff => _avoidStaff;

    public bool IsOpen => Status == RequestStatus.Submitted;
    public bool IsWithdrawn => Status == RequestStatus.Withdrawn;
    public bool CanEdit => Status != RequestStatus.Matched;
    public bool CanSubmit => IsUnsent || Status == RequestStatus.Withdrawn;
    public bool CanWithdraw => !IsUnsent && CanWithdrawFrom(Status);
    public bool CanMatch => !IsUnsent && Status == RequestStatus.Submitted;

    /// <summary>Waiting for a new mentor after a pairing was dissolved: matched first.</summary>
    public bool WaitsForRematch => Status == RequestStatus.Submitted && RematchSince is not null;

    // A new request has never been sent; one row per person per cycle means asking again reuses a withdrawn one.
    private bool IsUnsent => SubmittedAt == default;

    /// <summary>Whether a request in this status can be withdrawn; lists read it without loading the entity.</summary>
    public static bool CanWithdrawFrom(RequestStatus status) => status == RequestStatus.Submitted;

    public void SetTopics(IEnumerable<int> topicIds)
    {
        JoinRows.Sync(_topics, topicIds, t => t.TopicId, id => new MenteeRequestTopic(id));
        TopicIds = TopicIdList.Format(_topics.Select(t => t.TopicId));
    }

    /// <summary>Never the mentee themselves: they cannot be matched with themselves anyway.</summary>
    public void SetAvoidStaff(IEnumerable<int> staffIds) =>
        JoinRows.Sync(_avoidStaff, staffIds.Where(id => id != StaffMemberId), a => a.StaffMemberId, id => new MenteeRequestAvoid(id));

    public void Submit(DateTimeOffset now)
    {
        if (!CanSubmit)
        {
            throw new DomainRuleException(Status == RequestStatus.Matched
                ? "You already have a mentor for this cycle, so the request can no longer change."
                : "This request is already in; change it instead of sending it again.");
        }
        Status = RequestStatus.Submitted;
        SubmittedAt = now;
        WithdrawnAt = null;
    }

    public void Withdraw(DateTimeOffset now)
    {
        if (!CanWithdraw)
        {
            throw new DomainRuleException(Status == RequestStatus.Matched
                ? "This request already has a mentor, so it cannot be withdrawn here; ask the coordinator."
                : "Only a request that is in and waiting can be withdrawn.");
        }
        Status = RequestStatus.Withdrawn;
        WithdrawnAt = now;
        RematchSince = null;
    }

    public void MarkMatched()
    {
        if (!CanMatch)
        {
            throw new DomainRuleException(Status == RequestStatus.Matched
                ? "This request already has a mentor."
                : "Only a request that is in and waiting can be matched.");
        }
        Status = RequestStatus.Matched;
        RematchSince = null;
    }

    /// <summary>The coordinator dissolved the pairing this request led to: the request waits for a new mentor again,
    /// ahead of first-time requests. Its answers stand; the dissolved pair is kept apart by the matching rules.</summary>
    public void ReturnForRematch(DateTimeOffset now)
    {
        if (Status != RequestStatus.Matched)
        {
            throw new DomainRuleException(Status == RequestStatus.Submitted
                ? "This request is already waiting for a mentor."
                : "A withdrawn request is not matched again; the mentee can ask again while enrollment is open.");
        }
        Status = RequestStatus.Submitted;
        RematchSince = now;
    }
}
