using System.Globalization;

namespace MentoringProgram.Web.Features.Enrollment;

/// <summary>A list's filter as route values, for links that keep it (pager, CSV export, the buttons on a row): given to
/// tag helpers and Url.Action, so the routes stay in one place. Empty filters are left out of the query string.</summary>
public static class ListRouteValues
{
    public static Dictionary<string, string> Of(EnrollmentLists.Filter filter, int? cycleId)
    {
        var values = new Dictionary<string, string>();
        Add(values, "cycle", cycleId?.ToString(CultureInfo.InvariantCulture));
        Add(values, "status", filter.Status);
        Add(values, "topic", filter.Topic?.ToString(CultureInfo.InvariantCulture));
        Add(values, "department", filter.Department?.ToString(CultureInfo.InvariantCulture));
        Add(values, "q", filter.Q);
        Add(values, "size", filter.Size?.ToString(CultureInfo.InvariantCulture));
        return values;
    }

    /// <summary>The same values plus a page and the list's own route value, for Url.Action.</summary>
    public static RouteValueDictionary ForPage(EnrollmentLists.Filter filter, int? cycleId, int programId, int page) =>
        new(Of(filter, cycleId).ToDictionary(p => p.Key, p => (object?)p.Value)) { ["programId"] = programId, ["page"] = page };

    /// <summary>The query string ("?cycle=..&page=..") a row's button sends back so the list reopens where it was.</summary>
    public static string ReturnQuery(EnrollmentLists.Filter filter, int? cycleId, int page) =>
        QueryString.Create(Of(filter, cycleId).Append(new("page", page.ToString(CultureInfo.InvariantCulture)))
            .Select(p => new KeyValuePair<string, string?>(p.Key, p.Value))).Value ?? "";

    private static void Add(Dictionary<string, string> values, string key, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            values[key] = value;
        }
    }
}
