namespace MentoringProgram.Web.Features.Assessment;

/// <summary>The audit log's names for the coordinator's changes to a program's surveys.</summary>
public static class SurveyAudit
{
    public const string Renamed = "survey.renamed";
    public const string QuestionAdded = "survey.question-added";
    public const string QuestionRemoved = "survey.question-removed";
    public const string QuestionMoved = "survey.question-moved";
    public const string Closed = "survey.closed";
    public const string ChoicesChanged = "survey.choices-changed";
    public const string Deleted = "survey.deleted";

    public static string Subject(int surveyId) => $"survey:{surveyId}";
}
