namespace MentoringProgram.Web.Domain;

public class Survey
{
    private Survey() { }

    public Survey(int programId, SurveyKind kind, string title)
    {
        ProgramId = programId;
        Kind = kind;
        Title = title;
    }

    public int Id { get; private set; }
    public int ProgramId { get; private set; }
    public SurveyKind Kind { get; private set; }
    public string Title { get; private set; } = "";
    public List<SurveyQuestion> Questions { get; private set; } = [];
}
