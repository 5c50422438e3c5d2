namespace MentoringProgram.Web.Domain;

/// <summary>
/// A mentoring program as a library runs it: its expectations, term, cadence and rules. It runs in cycles
/// (one enrollment window and term each); everything that happens in a pairing belongs to a cycle.
/// </summary>
public class MentorshipProgram : IConcurrencyStamped, IAudited
{
    private readonly List<ProgramCycle> _cycles = [];
    private readonly List<ProgramTopic> _topics = [];

    private MentorshipProgram() { }

    public MentorshipProgram(string name, ProgramSettings settings)
    {
        Update(name, settings);
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public string Description { get; private set; } = "";
    public string Expectations { get; private set; } = "";
    public int TermCount { get; private set; }
    public TermUnit TermUnit { get; private set; }
    public TermLength Term => new(TermCount, TermUnit);
    public bool Renewable { get; private set; }
    public int MinimumMentorTenureMonths { get; private set; } = 12;

    /// <summary>Only mentors whose training is recorded can be matched (a hard rule of matching).</summary>
    public bool MentorTrainingRequired { get; private set; }
    public CadenceRule Cadence { get; private set; } = CadenceRule.TwiceFirstMonthThenMonthly;
    public int DefaultMentorCapacity { get; private set; } = 1;
    public decimal? LunchAllowance { get; private set; }
    public MatchingMode MatchingMode { get; private set; }

    /// <summary>Mentee-choice programs: how many suggested mentors the mentee sees, and the days a mentor has to answer.</summary>
    public int MenteeChoices { get; private set; } = ProgramSettings.DefaultMenteeChoices;
    public int MentorAnswerDays { get; private set; } = ProgramSettings.DefaultMentorAnswerDays;
    public ProgramStatus Status { get; private set; }
    public string? CoordinatorContact { get; private set; }
    public MatchWeights MatchWeights { get; private set; } = MatchWeights.Default;

    /// <summary>Onboarding checklist for new pairs, one item per line (pairing-life issue).</summary>
    public string? ChecklistTemplate { get; private set; }

    /// <summary>The program's IANA time zone: its days begin at local midnight there, and its times are shown there.
    /// Stored times stay UTC. New programs take the library's zone.</summary>
    public string TimeZoneId { get; private set; } = TimeZones.Utc;

    public Guid ConcurrencyStamp { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public IReadOnlyCollection<ProgramCycle> Cycles => _cycles;
    public IReadOnlyCollection<ProgramTopic> Topics => _topics;

    public void Update(string name, ProgramSettings settings)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.Term.Count, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(settings.MinimumMentorTenureMonths);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.DefaultMentorCapacity, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.MenteeChoices, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(settings.MentorAnswerDays, 1);
        if (settings.LunchAllowance is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(settings), "The lunch allowance cannot be negative.");
        }
        Name = name.Trim();
        Description = settings.Description.Trim();
        Expectations = settings.Expectations.Trim();
        TermCount = settings.Term.Count;
        TermUnit = settings.Term.Unit;
        Renewable = settings.Renewable;
        MinimumMentorTenureMonths = settings.MinimumMentorTenureMonths;
        MentorTrainingRequired = settings.MentorTrainingRequired;
        Cadence = settings.Cadence;
        ChecklistTemplate = string.IsNullOrWhiteSpace(settings.Checklist) ? null : settings.Checklist.Trim();
        DefaultMentorCapacity = settings.DefaultMentorCapacity;
        LunchAllowance = settings.LunchAllowance;
        MatchingMode = settings.MatchingMode;
        MenteeChoices = settings.MenteeChoices;
        MentorAnswerDays = settings.MentorAnswerDays;
        CoordinatorContact = string.IsNullOrWhiteSpace(settings.CoordinatorContact) ? null : settings.CoordinatorContact.Trim();
    }

    public void SetTopics(IEnumerable<int> topicIds) => JoinRows.Sync(_topics, topicIds, t => t.TopicId, id => new ProgramTopic(id));

    public ProgramCycle AddCycle(string name, EnrollmentWindow enrollment, DateOnly termStarts)
    {
        if (termStarts < enrollment.Opens)
        {
            throw new ArgumentException("A term cannot start before its enrollment opens.", nameof(termStarts));
        }
        var cycle = new ProgramCycle(name, enrollment, termStarts, Term.EndFrom(termStarts));
        _cycles.Add(cycle);
        return cycle;
    }

    public void SetMatchWeights(MatchWeights weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        if (!weights.IsWithinRange)
        {
            throw new ArgumentOutOfRangeException(nameof(weights), $"Each match weight is 0 to {MatchWeights.Highest}.");
        }
        MatchWeights = weights;
    }

    /// <summary>The items each pairing ticks off (seed 004), one per line of the template.</summary>
    public IReadOnlyList<string> ChecklistItems => Checklist.Items(ChecklistTemplate);

    public void SetTimeZone(string timeZoneId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(timeZoneId);
        TimeZoneId = TimeZoneInfo.FindSystemTimeZoneById(timeZoneId).Id;
    }

    /// <summary>The program's date now, in its time zone: the day its enrollment, eligibility, cadence and term rules
    /// are evaluated on.</summary>
    public DateOnly Today(TimeProvider clock) => clock.TodayIn(TimeZones.FindOrUtc(TimeZoneId));

    public void Activate() => Status = ProgramStatus.Active;

    public void Archive() => Status = ProgramStatus.Archived;

    /// <summary>The cycle whose enrollment is open on a day; of overlapping windows, the one closing first.</summary>
    public ProgramCycle? OpenCycle(DateOnly today) => EnrollmentCycles.OpenOf(_cycles, c => c.Enrollment, today);

    public ProgramCycle? NextCycle(DateOnly today) => EnrollmentCycles.NextOf(_cycles, c => c.Enrollment, today);

    /// <summary>The cycle whose enrollment is open on a day, else the next one to open.</summary>
    public ProgramCycle? CurrentOrNextCycle(DateOnly today) => EnrollmentCycles.OpenOrNextOf(_cycles, c => c.Enrollment, today);

    /// <summary>The cycle a coordinator's lists show first (see <see cref="EnrollmentCycles.ShownFirst"/>).</summary>
    public ProgramCycle? CurrentCycle(DateOnly today) => EnrollmentCycles.ShownFirst(_cycles, c => c.Enrollment, today);
}
