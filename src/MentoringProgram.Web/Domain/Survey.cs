namespace MentoringProgram.Web.Domain;

public class Survey
{
    private readonly List<SurveyQuestion> _questions = [];

    private Survey() { }

    public Survey(int programId, SurveyKind kind, string title, SurveyAudience audience = SurveyAudience.Both)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ProgramId = programId;
        Kind = kind;
        Title = title.Trim();
        Audience = audience;
    }

    public int Id { get; private set; }
    public int ProgramId { get; private set; }
    public SurveyKind Kind { get; private set; }
    public string Title { get; private set; } = "";

    /// <summary>Who in each pairing is asked: the mentee, the mentor or both.</summary>
    public SurveyAudience Audience { get; private set; }
    public IReadOnlyCollection<SurveyQuestion> Questions => _questions;

    /// <summary>Whether the pairing's mentee (or, when false, its mentor) is asked this survey.</summary>
    public bool Asks(bool mentee) => AsksMember(Audience, mentee);

    public static bool AsksMember(SurveyAudience audience, bool mentee) =>
        audience == SurveyAudience.Both || audience == (mentee ? SurveyAudience.Mentees : SurveyAudience.Mentors);

    public void ChangeAudience(SurveyAudience audience)
    {
        if (!Enum.IsDefined(audience))
        {
            throw new DomainRuleException("Choose who is asked: mentees, mentors or both.");
        }
        Audience = audience;
    }

    /// <summary>Adds a question after the others; choices are one per line and only for choice questions.</summary>
    public SurveyQuestion AddQuestion(string text, QuestionType type, EvaluationLevel level, string? choices = null)
    {
        var question = new SurveyQuestion(_questions.Count + 1, text, type, level, choices);
        _questions.Add(question);
        return question;
    }
}
