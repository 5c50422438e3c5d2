namespace MentoringProgram.Web.Domain;

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
