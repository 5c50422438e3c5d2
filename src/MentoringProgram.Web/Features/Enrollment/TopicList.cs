namespace MentoringProgram.Web.Features.Enrollment;

/// <summary>A row's topics read as one text column, so a list of rows is one statement and not a row per topic. Lists read
/// the ids each request and offer keeps (<see cref="Domain.TopicIdList"/>) and take names and order from
/// <see cref="EnrollmentListScope"/>; a person's own few rows read the names, joined by the database.</summary>
public static class TopicList
{
    /// <summary>A control character no topic name holds.</summary>
    public const string NameSeparator = "\u001F";

    public static IReadOnlyList<string> Names(string? joined) =>
        string.IsNullOrEmpty(joined) ? [] : joined.Split(NameSeparator);
}
