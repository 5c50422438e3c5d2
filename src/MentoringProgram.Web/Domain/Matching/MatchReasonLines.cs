namespace MentoringProgram.Web.Domain.Matching;

/// <summary>The reasons both members of a pair may read, kept on the pairing as one line each: the introduction
/// and the pairing page show them as they were when the match was proposed.</summary>
public static class MatchReasonLines
{
    public static string Join(IEnumerable<MatchReason> reasons) =>
        string.Join('\n', reasons.Where(r => r.ForThePair).Select(r => r.Text));

    public static IReadOnlyList<string> Split(string? lines) =>
        string.IsNullOrWhiteSpace(lines) ? [] : lines.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
