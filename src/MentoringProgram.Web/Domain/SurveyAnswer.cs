namespace MentoringProgram.Web.Domain;

/// <summary>
/// One answer in a response. A rating's 1 to 5 and a single choice's number (from 1, in the order of the question's
/// choices) are in <see cref="ScaleValue"/>; free text, and a multiple choice's chosen numbers in ascending order joined
/// by commas ("1,3"), are in <see cref="TextValue"/> (docs/adr/0021).
/// </summary>
public class SurveyAnswer
{
    public const int TextLength = 4000;

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
