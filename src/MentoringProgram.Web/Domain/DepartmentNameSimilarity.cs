using System.Text;

namespace MentoringProgram.Web.Domain;

/// <summary>
/// Whether a department name that is not on the list is probably a misspelling of one that is ("Acess Servces"
/// for "Access Services"), so an import can ask instead of silently creating a second department. Names are
/// compared without case, accents, punctuation or spacing, and "&amp;" reads as "and"; then a few typing mistakes
/// (a letter missing, extra, wrong, or two swapped) are allowed, more for longer names and none for very short ones.
/// </summary>
public static class DepartmentNameSimilarity
{
    /// <summary>The name as compared: lower case letters and digits only, accents removed, "&amp;" as "and".</summary>
    public static string Normalize(string name)
    {
        var decomposed = name.Replace("&", " and ", StringComparison.Ordinal).Normalize(NormalizationForm.FormD);
        var result = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (char.IsLetterOrDigit(c))
            {
                result.Append(char.ToLowerInvariant(c));
            }
        }
        return result.ToString();
    }

    /// <summary>How many typing mistakes a name of this (normalized) length may carry and still count as meant.</summary>
    public static int AllowedMistakes(int length) => length switch
    {
        < 4 => 0,
        < 8 => 1,
        < 14 => 2,
        _ => 3,
    };

    /// <summary>Edits (insert, delete, substitute, or swap two neighbours) that turn one string into the other.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }

    /// <summary>True when <paramref name="candidate"/> is probably <paramref name="known"/> mistyped (or written
    /// with different spacing or punctuation). An identical name is not a typo.</summary>
    public static bool LooksLike(string candidate, string known)
    {
        if (string.Equals(candidate.Trim(), known.Trim(), StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }
        var a = Normalize(candidate);
        var b = Normalize(known);
        if (a.Length == 0 || b.Length == 0)
        {
            return false;
        }
        return a == b || Distance(a, b) <= AllowedMistakes(Math.Min(a.Length, b.Length));
    }

    /// <summary>The known name the candidate most probably meant, or null when it looks like none of them.</summary>
    public static string? ClosestKnown(string candidate, IEnumerable<string> known)
    {
        var normalized = Normalize(candidate);
        return known.Where(k => LooksLike(candidate, k))
            .OrderBy(k => Distance(normalized, Normalize(k)))
            .ThenBy(k => k, StringComparer.Ordinal)
            .FirstOrDefault();
    }
}
