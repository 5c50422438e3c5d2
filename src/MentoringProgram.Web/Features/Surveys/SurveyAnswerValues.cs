using System.Globalization;
using MentoringProgram.Web.Domain;

namespace MentoringProgram.Web.Features.Surveys;

/// <summary>
/// Between what the survey form posts for a question (the values of its radios, checkboxes or text area) and what a
/// <see cref="SurveyAnswer"/> stores: a rating or a single choice's number in ScaleValue, a multiple choice's numbers
/// as "1,3" in TextValue, free text in TextValue. Anything the question does not take is a message in words.
/// </summary>
public static class SurveyAnswerValues
{
    public sealed record Value(int? Scale, string? Text);

    /// <summary>The stored value of what was typed (null when nothing was), or the problem with it.</summary>
    public static (Value? Value, string? Problem) Read(QuestionType type, int choiceCount, IReadOnlyList<string>? typed)
    {
        var given = (typed ?? []).Where(v => !string.IsNullOrWhiteSpace(v)).ToList();
        if (given.Count == 0)
        {
            return (null, null);
        }
        switch (type)
        {
            case QuestionType.Scale:
                return given.Count == 1 && Number(given[0]) is >= SurveyScale.Lowest and <= SurveyScale.Highest and var rating
                    ? (new Value(rating, null), null)
                    : (null, $"Choose a rating from {SurveyScale.Lowest} to {SurveyScale.Highest}.");
            case QuestionType.Choice:
                return given.Count == 1 && Number(given[0]) is { } choice && choice >= 1 && choice <= choiceCount
                    ? (new Value(choice, null), null)
                    : (null, "Choose one of the answers given.");
            case QuestionType.MultipleChoice:
                var chosen = given.Select(Number).ToList();
                return chosen.All(c => c is { } n && n >= 1 && n <= choiceCount)
                    ? (new Value(null, string.Join(',', chosen.Select(c => c!.Value).Distinct().Order())), null)
                    : (null, "Choose from the answers given.");
            default:
                var text = string.Join('\n', given);
                return text.Length > SurveyAnswer.TextLength
                    ? (null, $"Keep your answer to {SurveyAnswer.TextLength:N0} characters or fewer (it has {text.Length:N0}).")
                    : (new Value(null, text), null);
        }
    }

    /// <summary>A stored answer as the form shows it again: the values its inputs carry.</summary>
    public static List<string> Typed(QuestionType type, int? scale, string? text) => type switch
    {
        QuestionType.Scale or QuestionType.Choice => scale is { } n ? [n.ToString(CultureInfo.InvariantCulture)] : [],
        QuestionType.MultipleChoice => text is null ? [] : [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries)],
        _ => text is null ? [] : [text],
    };

    /// <summary>The choice numbers a stored multiple-choice answer holds ("1,3"); anything unreadable is left out.</summary>
    public static IReadOnlyList<int> ChosenNumbers(string? text) =>
        text is null ? [] : [.. text.Split(',', StringSplitOptions.RemoveEmptyEntries).Select(Number).OfType<int>()];

    public static string RequiredMessage(QuestionType type) => type == QuestionType.Scale
        ? "Choose a rating to submit the survey."
        : "Choose an answer to submit the survey.";

    private static int? Number(string value) =>
        int.TryParse(value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : null;
}
