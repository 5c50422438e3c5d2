namespace MentoringProgram.Web.Domain;

public class SurveyAnswer
{
    public int Id { get; private set; }
    public int SurveyResponseId { get; set; }
    public int QuestionId { get; set; }
    public int? ScaleValue { get; set; }
    public string? TextValue { get; set; }
}
