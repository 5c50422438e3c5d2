namespace MentoringProgram.Web.Domain;

public enum SurveyKind
{
    Pre = 0,
    Pulse = 1,
    Post = 2,
    Closing = 3,
}
