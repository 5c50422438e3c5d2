namespace MentoringProgram.Web.Domain;

public class Survey
{
    public const int TitleMaxLength = 200;
    public const int MaxQuestions = 30;

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

    public void Rename(string title)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        Title = title.Trim();
    }

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
        if (_questions.Count >= MaxQuestions)
        {
            throw new DomainRuleException($"A survey has at most {MaxQuestions} questions.");
        }
        var question = new SurveyQuestion(_questions.Count + 1, text, type, level, choices);
        _questions.Add(question);
        return question;
    }

    /// <summary>Takes a question out, and closes the gap in the order. A question someone has answered stays: its answers
    /// are what the results are made of (<paramref name="answered"/> says whether anyone has).</summary>
    public void RemoveQuestion(int questionId, bool answered)
    {
        var question = _questions.Find(q => q.Id == questionId) ?? throw new DomainRuleException("That question is not in this survey.");
        if (answered)
        {
            throw new DomainRuleException("People have answered this question, so it stays: their answers are part of the results.");
        }
        _questions.Remove(question);
        Renumber(_questions.OrderBy(q => q.Order).ToList());
    }

    /// <summary>Replaces the choices of one of its choice questions, while nobody has answered it (<paramref name="answered"/>).</summary>
    public SurveyQuestion ChangeChoices(int questionId, string choices, bool answered)
    {
        var question = _questions.Find(q => q.Id == questionId) ?? throw new DomainRuleException("That question is not in this survey.");
        question.ChangeChoices(choices, answered);
        return question;
    }

    /// <summary>Refuses to be deleted once anyone has started answering it (<paramref name="answered"/>, a draft counts): its
    /// responses are part of the results.</summary>
    public void EnsureDeletable(bool answered)
    {
        if (answered)
        {
            throw new DomainRuleException("People have answered this survey, so it stays: their answers are part of the results. Close it for a cycle instead.");
        }
    }

    /// <summary>Moves a question one place up (toward the start) or down; at either end it stays where it is.</summary>
    public void MoveQuestion(int questionId, bool up)
    {
        var ordered = _questions.OrderBy(q => q.Order).ToList();
        var index = ordered.FindIndex(q => q.Id == questionId);
        if (index < 0)
        {
            throw new DomainRuleException("That question is not in this survey.");
        }
        var other = up ? index - 1 : index + 1;
        if (other < 0 || other >= ordered.Count)
        {
            return;
        }
        (ordered[index], ordered[other]) = (ordered[other], ordered[index]);
        Renumber(ordered);
    }

    private static void Renumber(List<SurveyQuestion> ordered)
    {
        for (var i = 0; i < ordered.Count; i++)
        {
            ordered[i].PlaceAt(i + 1);
        }
    }
}
