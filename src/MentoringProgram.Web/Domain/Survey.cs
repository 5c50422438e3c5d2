namespace MentoringProgram.Web.Domain;

public class Survey
{
    private readonly List<SurveyQuestion> _questions = [];

    private Survey() { }

    public Survey(int programId, SurveyKind kind, string title)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ProgramId = programId;
        Kind = kind;
        Title = title.Trim();
    }

    public int Id { get; private set; }
    public int ProgramId { get; private set; }
    public SurveyKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public IReadOnlyCollection<SurveyQuestion> Questions => _questions;

    /// <summary>Adds a question after the others; choices are one per line and only for choice questions.</summary>
    public SurveyQuestion AddQuestion(string text, QuestionType type, EvaluationLevel level, string? choices = null)
    {
        var question = new SurveyQuestion(_questions.Count + 1, text, type, level, choices);
        _questions.Add(question);
        return question;
    }
}
