namespace MentoringProgram.Web.Domain.Matching;

/// <summary>The reasons both members of a pair may read, kept on the pairing as one line each: the introduction
/// and the pairing page show them as they were when the match was proposed. Only the parts that counted for the pair
/// ("Shares 2 of 3 topics", "Same location"): "No way of meeting in common" is the coordinator's to weigh, not a reason
/// the pair were put together.</summary>
public static class MatchReasonLines
{
    public static string Join(IEnumerable<MatchReason> reasons) => string.Join('\n', ForThePair(reasons));

    /// <summary>The reasons the pair may read, as the introduction (and a mentee choosing a mentor) shows them.</summary>
    public static IReadOnlyList<string> ForThePair(IEnumerable<MatchReason> reasons) =>
        [.. reasons.Where(r => r.ForThePair && r.Points > 0).Select(r => r.Text)];

    public static IReadOnlyList<string> Split(string? lines) =>
        string.IsNullOrWhiteSpace(lines) ? [] : lines.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
