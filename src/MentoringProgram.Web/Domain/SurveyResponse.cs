namespace MentoringProgram.Web.Domain;

public class SurveyResponse
{
    public int Id { get; private set; }
    public int SurveyId { get; set; }
    public int CycleId { get; set; }
    public int? PairingId { get; set; }
    public int StaffMemberId { get; set; }
    public DateTimeOffset SubmittedAt { get; set; }
    public List<SurveyAnswer> Answers { get; private set; } = [];
}
