namespace MentoringProgram.Web.Domain;

/// <summary>A staff member offering to mentor in one cycle, with how many mentees they can take.</summary>
public class MentorVolunteer : IEnrollmentEntry, IAudited
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

    /// <summary>Mentees in live pairings (proposed or active) with this mentor. Kept on the offer, not counted, so
    /// that taking a place changes this row and its concurrency stamp: two coordinators filling the last place at once
    /// collide here on every provider, and one of them is told.</summary>
    public int PlacesTaken { get; private set; }

    public int PlacesLeft => Math.Max(0, Capacity - PlacesTaken);

    public Guid ConcurrencyStamp { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public IReadOnlyCollection<MentorVolunteerTopic> Topics => _topics;

    /// <summary>The same topics as <see cref="Topics"/>, as one column lists read (<see cref="TopicIdList"/>).</summary>
    public string TopicIds { get; private set; } = "";

    public bool IsAvailableForMatching => Status == VolunteerStatus.Approved;

    public bool IsWithdrawn => Status == VolunteerStatus.Withdrawn;
    public bool CanSubmit => IsUnsent || Status == VolunteerStatus.Withdrawn;
    public bool CanWithdraw => !IsUnsent && CanWithdrawFrom(Status, PlacesTaken);
    public IReadOnlyList<VolunteerAction> AllowedActions => IsUnsent ? [] : ActionsAllowed(Status, TrainingCompleted);

    // An offer stays the volunteer's to change in every standing; only a matched request is fixed.
    bool IEnrollmentEntry.CanEdit => true;

    // A new offer has never been sent; one row per person per cycle means volunteering again reuses a withdrawn one.
    private bool IsUnsent => SubmittedAt == default;

    /// <summary>The coordinator's actions on a volunteer in this standing; lists read it without loading the entity.</summary>
    public static IReadOnlyList<VolunteerAction> ActionsAllowed(VolunteerStatus status, bool trainingCompleted) => status switch
    {
        VolunteerStatus.Withdrawn => [],
        VolunteerStatus.Approved => [VolunteerAction.Pause, TrainingToggle(trainingCompleted)],
        VolunteerStatus.Paused => [VolunteerAction.Approve, TrainingToggle(trainingCompleted)],
        _ => [VolunteerAction.Approve, VolunteerAction.Pause, TrainingToggle(trainingCompleted)],
    };

    /// <summary>A mentor with a mentee (a proposed or confirmed match) cannot simply step back: the coordinator ends or
    /// cancels the match first, so no pairing is left with a withdrawn mentor.</summary>
    public static bool CanWithdrawFrom(VolunteerStatus status, int placesTaken) => status != VolunteerStatus.Withdrawn && placesTaken == 0;

    public void SetTopics(IEnumerable<int> topicIds)
    {
        JoinRows.Sync(_topics, topicIds, t => t.TopicId, id => new MentorVolunteerTopic(id));
        TopicIds = TopicIdList.Format(_topics.Select(t => t.TopicId));
    }

    public void Submit(DateTimeOffset now)
    {
        if (!CanSubmit)
        {
            throw new DomainRuleException("This offer to mentor is already in; change it instead of sending it again.");
        }
        Status = VolunteerStatus.Submitted;
        SubmittedAt = now;
    }

    /// <summary>Carries out a coordinator's action from the volunteer list.</summary>
    public void Perform(VolunteerAction action, DateOnly today)
    {
        switch (action)
        {
            case VolunteerAction.Approve:
                Approve();
                break;
            case VolunteerAction.Pause:
                Pause();
                break;
            case VolunteerAction.TrainingDone:
                RecordTraining(today);
                break;
            default:
                ClearTraining();
                break;
        }
    }

    public void Approve()
    {
        Require(VolunteerAction.Approve);
        Status = VolunteerStatus.Approved;
    }

    public void Pause()
    {
        Require(VolunteerAction.Pause);
        Status = VolunteerStatus.Paused;
    }

    public void RecordTraining(DateOnly completedOn)
    {
        Require(VolunteerAction.TrainingDone);
        TrainingCompleted = true;
        TrainingCompletedOn = completedOn;
    }

    public void ClearTraining()
    {
        Require(VolunteerAction.TrainingNotDone);
        TrainingCompleted = false;
        TrainingCompletedOn = null;
    }

    /// <summary>A match with this mentor is proposed: only an approved mentor with a place left can take one.</summary>
    public void TakePlace()
    {
        if (!IsAvailableForMatching)
        {
            throw new DomainRuleException("This mentor is not approved for matching now.");
        }
        if (PlacesTaken >= Capacity)
        {
            throw new DomainRuleException(Capacity == 1 ? "This mentor already has a mentee." : $"This mentor already has {Capacity} mentees, as many as they offered to take.");
        }
        PlacesTaken++;
    }

    /// <summary>A proposed match is cancelled, or a pairing ends early: the place is free for someone else.</summary>
    public void ReleasePlace()
    {
        if (PlacesTaken == 0)
        {
            throw new DomainRuleException("This mentor has no mentee whose place could be freed.");
        }
        PlacesTaken--;
    }

    public void Withdraw()
    {
        if (!CanWithdraw)
        {
            throw new DomainRuleException(PlacesTaken > 0
                ? "You have a mentee in this cycle: ask the coordinator before stepping back."
                : "Only an offer that is in can be withdrawn.");
        }
        Status = VolunteerStatus.Withdrawn;
    }

    private void Require(VolunteerAction action)
    {
        if (!AllowedActions.Contains(action))
        {
            throw new DomainRuleException(Refusal(action));
        }
    }

    private static VolunteerAction TrainingToggle(bool trainingCompleted) =>
        trainingCompleted ? VolunteerAction.TrainingNotDone : VolunteerAction.TrainingDone;

    private string Refusal(VolunteerAction action) => (Status, action) switch
    {
        _ when IsUnsent => "This offer to mentor has not been sent yet.",
        (VolunteerStatus.Withdrawn, _) => "This volunteer has withdrawn their offer, so their standing can no longer change.",
        (VolunteerStatus.Approved, VolunteerAction.Approve) => "This volunteer is already approved.",
        (VolunteerStatus.Paused, VolunteerAction.Pause) => "This volunteer is already paused.",
        (_, VolunteerAction.TrainingDone) => "Mentor training is already recorded for this volunteer.",
        _ => "Mentor training is not recorded for this volunteer, so there is nothing to clear.",
    };
}
