namespace MentoringProgram.Web.Domain;

public enum RequestStatus
{
    Submitted = 0,
    Matched = 1,
    Withdrawn = 2,
}

public enum VolunteerStatus
{
    Submitted = 0,
    Approved = 1,
    Paused = 2,
    Withdrawn = 3,
}

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

public class MenteeRequestTopic
{
    private MenteeRequestTopic() { }

    public MenteeRequestTopic(int topicId) => TopicId = topicId;

    public int MenteeRequestId { get; private set; }
    public int TopicId { get; private set; }
    public Topic? Topic { get; private set; }
}

/// <summary>A staff member offering to mentor in one cycle, with how many mentees they can take.</summary>
public class MentorVolunteer : IConcurrencyStamped, IAudited
{
    private readonly List<MentorVolunteerTopic> _topics = [];

    private MentorVolunteer() { }

    public MentorVolunteer(int cycleId, int staffMemberId)
    {
        CycleId = cycleId;
        StaffMemberId = staffMemberId;
    }

    public int Id { get; private set; }
    public int CycleId { get; private set; }
    public ProgramCycle? Cycle { get; private set; }
    public int StaffMemberId { get; private set; }
    public StaffMember? StaffMember { get; private set; }
    public VolunteerStatus Status { get; private set; }
    public int Capacity { get; set; } = 1;
    public string? Expertise { get; set; }
    public string? Statement { get; set; }
    public ContactMethods PreferredContact { get; set; }
    public bool ReadExpectations { get; set; }
    public bool InformedSupervisor { get; set; }
    public bool TrainingCompleted { get; private set; }
    public DateOnly? TrainingCompletedOn { get; private set; }
    public DateTimeOffset SubmittedAt { get; private set; }

    public Guid ConcurrencyStamp { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public IReadOnlyCollection<MentorVolunteerTopic> Topics => _topics;

    public bool IsAvailableForMatching => Status == VolunteerStatus.Approved;

    public void SetTopics(IEnumerable<int> topicIds) => JoinRows.Sync(_topics, topicIds, t => t.TopicId, id => new MentorVolunteerTopic(id));

    public void Submit(DateTimeOffset now)
    {
        Status = VolunteerStatus.Submitted;
        SubmittedAt = now;
    }

    public void Approve() => Status = VolunteerStatus.Approved;

    public void Pause() => Status = VolunteerStatus.Paused;

    public void Withdraw() => Status = VolunteerStatus.Withdrawn;

    public void RecordTraining(DateOnly? completedOn)
    {
        TrainingCompleted = completedOn is not null;
        TrainingCompletedOn = completedOn;
    }
}

public class MentorVolunteerTopic
{
    private MentorVolunteerTopic() { }

    public MentorVolunteerTopic(int topicId) => TopicId = topicId;

    public int MentorVolunteerId { get; private set; }
    public int TopicId { get; private set; }
    public Topic? Topic { get; private set; }
}

internal static class JoinRows
{
    /// <summary>Makes a list of join rows hold exactly the wanted ids, keeping rows that stay.</summary>
    public static void Sync<T>(List<T> rows, IEnumerable<int> wantedIds, Func<T, int> idOf, Func<int, T> create)
    {
        var wanted = wantedIds.ToHashSet();
        rows.RemoveAll(r => !wanted.Contains(idOf(r)));
        foreach (var id in wanted.Where(id => rows.TrueForAll(r => idOf(r) != id)))
        {
            rows.Add(create(id));
        }
    }
}
