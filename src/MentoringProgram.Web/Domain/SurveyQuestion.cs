namespace MentoringProgram.Web.Domain;

public class SurveyQuestion
{
    public int Id { get; private set; }
    public int SurveyId { get; set; }
    public int Order { get; set; }
    public string Text { get; set; } = "";
    public QuestionType Type { get; set; }
    public EvaluationLevel Level { get; set; }
    public string? Choices { get; set; }
}
