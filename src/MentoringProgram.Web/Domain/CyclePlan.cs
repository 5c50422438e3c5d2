using System.Globalization;
using System.Text.RegularExpressions;

namespace MentoringProgram.Web.Domain;

/// <summary>
/// A cycle's name and dates, and the rule that proposes the next one from those a program already has: the latest
/// cycle with its dates moved forward by the gap between the last two cycles' term starts (whole months when the gap
/// is whole months, so a yearly cycle stays on its day), or by the program's term length when there is only one, and
/// its name moved on ("2026" to "2027", "Spring 2026" to "Spring 2027", "2026-27" to "2027-28", else "(next)").
/// A proposal the coordinator reviews before adding it; nothing here is saved.
/// </summary>
public sealed partial record CyclePlan(string Name, EnrollmentWindow Enrollment, DateOnly TermStarts)
{
    /// <summary>The proposed next cycle, or null when the program has none to go on from.</summary>
    public static CyclePlan? Following(IReadOnlyCollection<CyclePlan> cycles, TermLength term)
    {
        var ordered = cycles.OrderBy(c => c.TermStarts).ThenBy(c => c.Enrollment.Opens).ToList();
        if (ordered.Count == 0)
        {
            return null;
        }
        var latest = ordered[^1];
        var move = ordered.Count >= 2 && ordered[^2].TermStarts < latest.TermStarts
            ? Gap(ordered[^2].TermStarts, latest.TermStarts)
            : d => d.AddMonths(Math.Max(1, term.TotalMonths));
        return new CyclePlan(NameAfter(latest.Name), new EnrollmentWindow(move(latest.Enrollment.Opens), move(latest.Enrollment.Deadline)), move(latest.TermStarts));
    }

    /// <summary>A trailing academic year ("2026-27") or number ("2026", "Cohort 9") moved on by one, keeping its
    /// width; otherwise the name with "(next)".</summary>
    public static string NameAfter(string name)
    {
        var trimmed = name.Trim();
        if (AcademicYear().Match(trimmed) is { Success: true } years)
        {
            var first = int.Parse(years.Groups["first"].Value, CultureInfo.InvariantCulture) + 1;
            var second = years.Groups["second"].Value;
            var secondNext = second.Length == 2
                ? ((int.Parse(second, CultureInfo.InvariantCulture) + 1) % 100).ToString("D2", CultureInfo.InvariantCulture)
                : (int.Parse(second, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture);
            return $"{trimmed[..years.Index]}{first}{years.Groups["dash"].Value}{secondNext}";
        }
        if (TrailingNumber().Match(trimmed) is { Success: true } number)
        {
            var digits = number.Value;
            var next = (long.Parse(digits, CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture).PadLeft(digits.Length, '0');
            return trimmed[..number.Index] + next;
        }
        return $"{trimmed} (next)";
    }

    private static Func<DateOnly, DateOnly> Gap(DateOnly previous, DateOnly latest)
    {
        var months = ((latest.Year - previous.Year) * 12) + latest.Month - previous.Month;
        if (months > 0 && previous.AddMonths(months) == latest)
        {
            return d => d.AddMonths(months);
        }
        var days = latest.DayNumber - previous.DayNumber;
        return d => d.AddDays(days);
    }

    [GeneratedRegex(@"(?<first>\d{4})(?<dash>[-/–])(?<second>\d{2}|\d{4})$")]
    private static partial Regex AcademicYear();

    [GeneratedRegex(@"\d{1,18}$")]
    private static partial Regex TrailingNumber();
}
