namespace MentoringProgram.Web.Domain;

/// <summary>A staff member asking for a mentor in one cycle. One row per person per cycle: withdrawing and
/// asking again reuses it, so the database itself guarantees a single open request.</summary>
public class MenteeRequest : IConcurrencyStamped, IAudited
{
    private readonly List<MenteeRequestTopic> _topics = [];

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

    public Guid ConcurrencyStamp { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public IReadOnlyCollection<MenteeRequestTopic> Topics => _topics;

    public bool IsOpen => Status == RequestStatus.Submitted;
    public bool CanEdit => Status != RequestStatus.Matched;

    public void SetTopics(IEnumerable<int> topicIds) => JoinRows.Sync(_topics, topicIds, t => t.TopicId, id => new MenteeRequestTopic(id));

    public void Submit(DateTimeOffset now)
    {
        if (Status == RequestStatus.Matched)
        {
            throw new InvalidOperationException("A matched request cannot be submitted again.");
        }
        Status = RequestStatus.Submitted;
        SubmittedAt = now;
        WithdrawnAt = null;
    }

    public void Withdraw(DateTimeOffset now)
    {
        if (Status != RequestStatus.Submitted)
        {
            throw new InvalidOperationException("Only a submitted request can be withdrawn.");
        }
        Status = RequestStatus.Withdrawn;
        WithdrawnAt = now;
    }

    public void MarkMatched() => Status = RequestStatus.Matched;
}
