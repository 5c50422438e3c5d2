namespace MentoringProgram.Web.Features.Matching;

/// <summary>The audit log's names for what happens to a match, and what each entry is about.</summary>
public static class MatchAudit
{
    public const string Proposed = "match.proposed";
    public const string Confirmed = "match.confirmed";
    public const string Cancelled = "match.cancelled";

    /// <summary>Mentee-choice programs: the mentee asks a mentor, who accepts or declines, or the ask expires or is taken back.</summary>
    public const string Asked = "match.asked";
    public const string Accepted = "match.accepted";
    public const string Declined = "match.declined";
    public const string Expired = "match.expired";
    public const string TakenBack = "match.taken-back";
    public const string RunMade = "match-run.made";
    public const string RunAccepted = "match-run.accepted";

    /// <summary>The program's weights changed: every later ranking in the program differs, so it is about the program.</summary>
    public const string WeightsChanged = "match.weights-changed";

    public static string Subject(int requestId) => $"request:{requestId}";

    public static string ProgramSubject(int programId) => $"program:{programId}";
}
