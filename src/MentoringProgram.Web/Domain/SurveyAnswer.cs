namespace MentoringProgram.Web.Domain;

public class SurveyAnswer
{
    private SurveyAnswer() { }

    internal SurveyAnswer(int questionId, int? scaleValue, string? textValue)
    {
        QuestionId = questionId;
        Change(scaleValue, textValue);
    }

    public int Id { get; private set; }
    public int SurveyResponseId { get; private set; }
    public int QuestionId { get; private set; }
    public int? ScaleValue { get; private set; }
    public string? TextValue { get; private set; }

    internal void Change(int? scaleValue, string? textValue)
    {
        if (scaleValue is null && textValue is null)
        {
            throw new DomainRuleException("An answer needs a value or some text.");
        }
        ScaleValue = scaleValue;
        TextValue = textValue;
    }
}
