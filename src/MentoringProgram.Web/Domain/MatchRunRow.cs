namespace MentoringProgram.Web.Domain;

/// <summary>One waiting request in a bulk match: the mentor the solver proposes (with the score and the reasons both
/// may read), or why none could be proposed. Never a pairing: accepting the row makes one.</summary>
public class MatchRunRow
{
    private MatchRunRow() { }

    internal MatchRunRow(int menteeRequestId, int? mentorVolunteerId, int score, string? reasons, string? unmatchedReason, bool locked = false)
    {
        Locked = locked;
        MenteeRequestId = menteeRequestId;
        MentorVolunteerId = mentorVolunteerId;
        Score = score;
        Reasons = reasons;
        UnmatchedReason = unmatchedReason;
    }

    public int Id { get; private set; }
    public int MatchRunId { get; private set; }
    public int MenteeRequestId { get; private set; }
    public int? MentorVolunteerId { get; private set; }
    public int Score { get; private set; }

    /// <summary>The shareable reasons, one per line (see <see cref="Matching.MatchReasonLines"/>).</summary>
    public string? Reasons { get; private set; }

    public string? UnmatchedReason { get; private set; }
    public bool Accepted { get; private set; }

    /// <summary>Kept as it is when the rest of the draft is solved again (the coordinator locked it, or chose its mentor).</summary>
    public bool Locked { get; private set; }

    public bool HasMentor => MentorVolunteerId is not null;

    internal void Accept() => Accepted = true;

    internal void Lock(bool locked) => Locked = locked;

    /// <summary>The coordinator chose another mentor for this request: the row keeps that choice through re-runs.</summary>
    internal void SwapTo(int mentorVolunteerId, int score, string reasons)
    {
        MentorVolunteerId = mentorVolunteerId;
        Score = score;
        Reasons = reasons;
        UnmatchedReason = null;
        Locked = true;
    }
}
