namespace MentoringProgram.Web.Features.Pairings;

/// <summary>The flags a pairing raises for the coordinator, in words, the same on the progress board and the pairing's
/// page. An early-check "No" says that a member answered no, never which one (docs/adr/0014).</summary>
public static class PairingFlags
{
    public const string EarlyCheckNo = "Early check: a member answered no";
    public const string EndRequested = "End requested";
    public const string GetInTouch = "Check-in: the mentee asked the coordinator to get in touch";

    /// <summary>The flags, the last from the mentee's latest check-in answer (docs/adr/0017).</summary>
    public static IReadOnlyList<string> Of(bool earlyCheckNo, bool endRequested, bool getInTouch) =>
        [.. new[] { (endRequested, EndRequested), (getInTouch, GetInTouch), (earlyCheckNo, EarlyCheckNo) }.Where(f => f.Item1).Select(f => f.Item2)];
}
