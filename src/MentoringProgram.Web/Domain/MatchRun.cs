namespace MentoringProgram.Web.Domain;

/// <summary>
/// A bulk match over one cycle's waiting requests: the exact optimum the solver found, kept as a draft of rows (not
/// pairings) for the coordinator to review. Accepting confirms the chosen rows and closes the draft; a new run
/// starts from the pool as it is then.
/// </summary>
public class MatchRun : IAudited, IConcurrencyStamped
{
    private readonly List<MatchRunRow> _rows = [];

    private MatchRun() { }

    public MatchRun(int cycleId, string? createdByUserId, bool spreadTheLoad, long totalScore)
    {
        CycleId = cycleId;
        CreatedByUserId = createdByUserId;
        SpreadTheLoad = spreadTheLoad;
        TotalScore = totalScore;
    }

    public int Id { get; private set; }
    public int CycleId { get; private set; }
    public string? CreatedByUserId { get; private set; }
    public bool SpreadTheLoad { get; private set; }

    /// <summary>The objective the solver maximised (scaled scores less any load penalty).</summary>
    public long TotalScore { get; private set; }

    public MatchRunStatus Status { get; private set; }

    public Guid ConcurrencyStamp { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public IReadOnlyCollection<MatchRunRow> Rows => _rows;

    public bool IsDraft => Status == MatchRunStatus.Draft;

    public void AddProposal(int menteeRequestId, int mentorVolunteerId, int score, string reasons) =>
        _rows.Add(new MatchRunRow(menteeRequestId, mentorVolunteerId, score, reasons, null));

    /// <summary>A row carried over, locked, from the draft this one re-runs.</summary>
    public void AddLocked(int menteeRequestId, int mentorVolunteerId, int score, string? reasons) =>
        _rows.Add(new MatchRunRow(menteeRequestId, mentorVolunteerId, score, reasons, null, locked: true));

    public void AddUnmatched(int menteeRequestId, string why) =>
        _rows.Add(new MatchRunRow(menteeRequestId, null, 0, null, why));

    /// <summary>Accepts the proposed rows among <paramref name="rowIds"/> and closes the draft; returns them.</summary>
    public IReadOnlyList<MatchRunRow> Accept(IReadOnlyCollection<int> rowIds)
    {
        RequireDraft();
        var chosen = _rows.Where(r => r.HasMentor && rowIds.Contains(r.Id)).ToList();
        if (chosen.Count == 0)
        {
            throw new DomainRuleException("Choose at least one proposed match to accept.");
        }
        foreach (var row in chosen)
        {
            row.Accept();
        }
        Status = MatchRunStatus.Accepted;
        return chosen;
    }

    /// <summary>Puts another mentor on one row; the row is locked so a re-run keeps the coordinator's choice.</summary>
    public void Swap(int rowId, int mentorVolunteerId, int score, string reasons)
    {
        RequireDraft();
        var row = _rows.SingleOrDefault(r => r.Id == rowId) ?? throw new DomainRuleException("That row is not in this draft.");
        row.SwapTo(mentorVolunteerId, score, reasons);
    }

    /// <summary>The rows to keep when the rest is solved again: exactly those among <paramref name="rowIds"/> that have a
    /// mentor. Returns them.</summary>
    public IReadOnlyList<MatchRunRow> LockOnly(IReadOnlyCollection<int> rowIds)
    {
        RequireDraft();
        foreach (var row in _rows)
        {
            row.Lock(row.HasMentor && rowIds.Contains(row.Id));
        }
        return [.. _rows.Where(r => r.Locked)];
    }

    /// <summary>A re-run takes this draft's place.</summary>
    public void Discard()
    {
        RequireDraft();
        Status = MatchRunStatus.Discarded;
    }

    private void RequireDraft()
    {
        if (!IsDraft)
        {
            throw new DomainRuleException(Status == MatchRunStatus.Accepted
                ? "This draft was already accepted; run a new one for the requests still waiting."
                : "This draft was put aside; run a new one.");
        }
    }
}
