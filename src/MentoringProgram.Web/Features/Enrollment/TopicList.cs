using System.Globalization;

namespace MentoringProgram.Web.Features.Enrollment;

/// <summary>A row's topics read as one text column the database joins (string_agg, group_concat), so a list of rows is
/// one statement and not a row per topic. Lists read ids and take names and order from <see cref="EnrollmentListScope"/>,
/// as SQLite's group_concat cannot be ordered through EF Core 10; a person's own few rows read the names.</summary>
public static class TopicList
{
    public const string Separator = ",";

    /// <summary>A control character no topic name holds.</summary>
    public const string NameSeparator = "\u001F";

    public static IReadOnlyList<string> Names(string? joined) =>
        string.IsNullOrEmpty(joined) ? [] : joined.Split(NameSeparator);

    public static IEnumerable<int> Ids(string? joined) =>
        string.IsNullOrEmpty(joined) ? [] : joined.Split(Separator).Select(id => int.Parse(id, CultureInfo.InvariantCulture));
}
