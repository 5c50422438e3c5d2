namespace MentoringProgram.Bench;

/// <summary>Topics for the n-th seeded request or offer: two to four of them, as real people choose, so the
/// lists' per-row topic reading is measured at a realistic width instead of one topic per row.</summary>
internal static class BenchTopics
{
    public static IReadOnlyList<int> For(int index, IReadOnlyList<int> topicIds)
    {
        var count = Math.Min(topicIds.Count, 2 + index % 3);
        // A stride coprime with six spreads the combinations, so no topic dominates the filters.
        return Enumerable.Range(0, count).Select(k => topicIds[(index * 5 + k) % topicIds.Count]).ToList();
    }
}
