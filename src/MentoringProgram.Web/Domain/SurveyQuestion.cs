namespace MentoringProgram.Web.Domain;

public class SurveyQuestion
{
    public const int TextMaxLength = 1000;
    public const int ChoicesMaxLength = 2000;
    public const int MaxChoices = 10;

    private SurveyQuestion() { }

    internal SurveyQuestion(int order, string text, QuestionType type, EvaluationLevel level, string? choices)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(text);
        if ((type == QuestionType.Choice) == string.IsNullOrWhiteSpace(choices))
        {
            throw new DomainRuleException("A choice question needs its choices, and only a choice question has them.");
        }
        Order = order;
        Text = text.Trim();
        Type = type;
        Level = level;
        Choices = choices?.Trim();
    }

    public int Id { get; private set; }
    public int SurveyId { get; private set; }
    public int Order { get; private set; }
    public string Text { get; private set; } = "";
    public QuestionType Type { get; private set; }
    public EvaluationLevel Level { get; private set; }
    public string? Choices { get; private set; }

    internal void PlaceAt(int order) => Order = order;

    /// <summary>A choice question's choices, one per line as stored, in order (numbered from 1 in answers).</summary>
    public static IReadOnlyList<string> ChoicesOf(string? choices) =>
        string.IsNullOrWhiteSpace(choices) ? [] : [.. choices.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)];
}
