namespace MentoringProgram.Web.Features.Matching;

/// <summary>The audit log's names for what happens to a match, and what each entry is about.</summary>
public static class MatchAudit
{
    public const string Proposed = "match.proposed";
    public const string Confirmed = "match.confirmed";
    public const string Cancelled = "match.cancelled";
    public const string RunMade = "match-run.made";
    public const string RunAccepted = "match-run.accepted";

    /// <summary>The program's weights changed: every later ranking in the program differs, so it is about the program.</summary>
    public const string WeightsChanged = "match.weights-changed";

    public static string Subject(int requestId) => $"request:{requestId}";

    public static string ProgramSubject(int programId) => $"program:{programId}";
}
