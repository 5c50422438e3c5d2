namespace MentoringProgram.Web.Features.Shared;

/// <summary>How many rows a coordinator's list shows: 50 unless they choose 25 or 100. Any other number in the query
/// string is not silently obeyed (or silently ignored): the list says what it shows instead.</summary>
public static class ListPageSize
{
    public const int Default = 50;

    public static IReadOnlyList<int> Choices { get; } = [25, 50, 100];

    /// <summary>The size to use, and a sentence for the page when the asked-for size was not one of the choices.</summary>
    public static (int Size, string? Problem) Of(int? requested) => requested switch
    {
        null => (Default, null),
        { } size when Choices.Contains(size) => (size, null),
        { } size => (Default, $"{size} rows per page is not offered: showing {Default} (choose 25, 50 or 100)."),
    };
}
