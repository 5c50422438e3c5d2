using MentoringProgram.Web.Domain;

namespace MentoringProgram.Web.Features.Enrollment;

/// <summary>A row's topics read as one text column, so a list of rows is one statement and not a row per topic. Lists read
/// the ids each request and offer keeps (<see cref="TopicIdList"/>) and take names and order from
/// <see cref="EnrollmentListScope"/>; a person's own few rows read the names, joined by the database.</summary>
public static class TopicList
{
    public const string Separator = TopicIdList.Separator;

    /// <summary>A control character no topic name holds.</summary>
    public const string NameSeparator = "\u001F";

    public static IReadOnlyList<string> Names(string? joined) =>
        string.IsNullOrEmpty(joined) ? [] : joined.Split(NameSeparator);

    public static IEnumerable<int> Ids(string? joined) => TopicIdList.Parse(joined);
}
