namespace MentoringProgram.Web.Domain;

internal static class JoinRows
{
    /// <summary>Makes a list of join rows hold exactly the wanted ids, keeping rows that stay.</summary>
    public static void Sync<T>(List<T> rows, IEnumerable<int> wantedIds, Func<T, int> idOf, Func<int, T> create)
    {
        var wanted = wantedIds.ToHashSet();
        rows.RemoveAll(r => !wanted.Contains(idOf(r)));
        foreach (var id in wanted.Where(id => rows.TrueForAll(r => idOf(r) != id)))
        {
            rows.Add(create(id));
        }
    }
}
