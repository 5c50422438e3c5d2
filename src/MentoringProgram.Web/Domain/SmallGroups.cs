namespace MentoringProgram.Web.Domain;

/// <summary>
/// The one rule for showing anything computed from people's answers (docs/adr/0022): a group of fewer than the minimum
/// (5 by default) is never shown, and neither is anything that lets a smaller group be worked out by subtraction.
/// Results are offered as breakdowns of one dimension at a time (all respondents, by role, by department), never as two
/// filters combined, because two overlapping filters and the total let a reader compute the cells they leave out
/// (total − A − B + A∧B). Within one breakdown, the groups held back are also subtracted from the total the reader sees,
/// so they must add up to none or to at least the minimum: when they do not, the smallest shown groups are held back
/// with them until they do. The groups held back are then shown together as one group, which is at least the minimum.
/// </summary>
public static class SmallGroups
{
    public const int DefaultMinimum = 5;

    /// <summary>Whether a group of this many people may be shown on its own.</summary>
    public static bool MayShow(int size, int minimum) => size >= Math.Max(1, minimum);

    /// <summary>
    /// Which groups of one breakdown may be shown. <paramref name="groups"/> partition the people (each counted in one
    /// group), in the order they are listed; ties among the smallest are held back in reverse of that order, so the
    /// outcome is the same every time.
    /// </summary>
    public static IReadOnlySet<TKey> Shown<TKey>(IReadOnlyList<(TKey Key, int Size)> groups, int minimum) where TKey : notnull
    {
        minimum = Math.Max(1, minimum);
        var total = groups.Sum(g => g.Size);
        if (!MayShow(total, minimum))
        {
            return new HashSet<TKey>();
        }
        var shown = groups.Where(g => g.Size >= minimum).ToList();
        var heldBack = total - shown.Sum(g => g.Size);
        // Stable sort: the smallest first, and among equals the later-listed first.
        var smallestFirst = shown.Select((g, i) => (g.Key, g.Size, Index: i)).OrderBy(g => g.Size).ThenByDescending(g => g.Index).ToList();
        var next = 0;
        while (heldBack > 0 && heldBack < minimum && next < smallestFirst.Count)
        {
            heldBack += smallestFirst[next].Size;
            shown.RemoveAll(g => EqualityComparer<TKey>.Default.Equals(g.Key, smallestFirst[next].Key));
            next++;
        }
        return shown.Select(g => g.Key).ToHashSet();
    }
}
