namespace MentoringProgram.Web.Domain;

/// <summary>The 1 to 5 rating every scale question uses, with a word for each point so a screen reader and a reader of
/// the results know what a 2 means.</summary>
public static class SurveyScale
{
    public const int Lowest = 1;
    public const int Highest = 5;

    public static IReadOnlyList<(int Value, string Label)> Points { get; } =
        [(1, "Not at all"), (2, "A little"), (3, "Somewhat"), (4, "Quite a lot"), (5, "Very much")];
}
