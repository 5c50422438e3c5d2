namespace MentoringProgram.Web.Domain;

public enum QuestionType
{
    Scale = 0,
    Text = 1,
    Choice = 2,
}
