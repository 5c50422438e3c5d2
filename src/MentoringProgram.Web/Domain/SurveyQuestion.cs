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
        if (HasChoices(type) == string.IsNullOrWhiteSpace(choices))
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

    /// <summary>Replaces a choice question's choices (one per line). Answers name choices by their number, so once anyone
    /// has answered (<paramref name="answered"/>) the choices stay as they are: changing them would change what those
    /// answers say.</summary>
    internal void ChangeChoices(string choices, bool answered)
    {
        if (!HasChoices(Type))
        {
            throw new DomainRuleException("Only a choice question has choices.");
        }
        if (answered)
        {
            throw new DomainRuleException("People have answered this question, so its choices stay: their answers name the choices by number.");
        }
        if (ChoicesOf(choices).Count < 2)
        {
            throw new DomainRuleException("Give at least two choices, one per line.");
        }
        Choices = string.Join('\n', ChoicesOf(choices));
    }

    public static bool HasChoices(QuestionType type) => type is QuestionType.Choice or QuestionType.MultipleChoice;

    /// <summary>The choices as shown, one per line of <see cref="Choices"/>; an answer names them by number from 1.</summary>
    public IReadOnlyList<string> ChoiceList => ChoicesOf(Choices);

    public static IReadOnlyList<string> ChoicesOf(string? choices) =>
        choices is null ? [] : [.. choices.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)];

    /// <summary>Whether a submitted response must answer it: every rating and choice question; free text is optional.</summary>
    public static bool IsRequired(QuestionType type) => type != QuestionType.Text;
}
