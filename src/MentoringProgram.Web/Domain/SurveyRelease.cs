namespace MentoringProgram.Web.Domain;

/// <summary>
/// When figures computed from a cycle's survey answers may be shown (docs/adr/0022, addendum): only once every survey
/// they are drawn from is closed for the cycle (<see cref="SurveyClosing"/>), so no answer can be added after a reader has
/// seen them. Before that only the number of responses so far is shown. Without this, a coordinator who read a group's
/// figures at n respondents and again at n + 1 would learn the newcomer's answers by difference, which no small-group
/// rule (<see cref="SmallGroups"/>) can stop. The results page and the responses export ask it of one survey; the
/// dashboard's pre-to-post change asks it of all the program's pre and post surveys together.
/// </summary>
public static class SurveyRelease
{
    /// <summary>Whether figures drawn from <paramref name="surveys"/> surveys, <paramref name="closed"/> of them closed for
    /// the cycle, may be shown: there must be at least one, and every one must be closed.</summary>
    public static bool Released(int surveys, int closed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(surveys);
        ArgumentOutOfRangeException.ThrowIfNegative(closed);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(closed, surveys);
        return surveys > 0 && closed == surveys;
    }

    /// <summary>The same rule for one survey.</summary>
    public static bool Released(DateTimeOffset? closedAt) => Released(1, closedAt is null ? 0 : 1);
}
