using MentoringProgram.Web.Domain;

namespace MentoringProgram.Web.Features.Assessment;

/// <summary>How a stored answer reads in an export: a rating as its number, a choice as its words, written text as typed.</summary>
public static class SurveyAnswerText
{
    public static string? Of(QuestionType type, IReadOnlyList<string> choices, int? value, string? text) => type switch
    {
        QuestionType.Scale => value?.ToString(System.Globalization.CultureInfo.InvariantCulture),
        QuestionType.Choice => value is { } n && n >= 1 && n <= choices.Count ? choices[n - 1] : null,
        QuestionType.MultipleChoice => string.Join("; ", Surveys.SurveyAnswerValues.ChosenNumbers(text).Where(n => n >= 1 && n <= choices.Count).Select(n => choices[n - 1])),
        _ => text,
    };
}
