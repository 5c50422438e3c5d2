using System.Globalization;

namespace MentoringProgram.Web.Domain;

/// <summary>A request's or an offer's topics as one text column ("2,5,7", ascending), kept in step with its join rows
/// by the entity, so that a list reads a row's topics without a subquery per row (issue 12, ADR 0024). The join rows
/// stay the source for filtering and counting by topic.</summary>
public static class TopicIdList
{
    public const string Separator = ",";

    /// <summary>Longest column: 64 topics of up to six digits each.</summary>
    public const int MaxLength = 450;

    public static string Format(IEnumerable<int> topicIds) =>
        string.Join(Separator, topicIds.Distinct().Order().Select(id => id.ToString(CultureInfo.InvariantCulture)));

    public static IEnumerable<int> Parse(string? joined) =>
        string.IsNullOrEmpty(joined) ? [] : joined.Split(Separator).Select(id => int.Parse(id, CultureInfo.InvariantCulture));
}
