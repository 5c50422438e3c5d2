namespace MentoringProgram.Web.Domain;

/// <summary>
/// The coordinator closed a survey for one cycle (docs/adr/0022, addendum): from then on nobody in the cycle is asked it,
/// reminded of it or may answer it, so its responses there can no longer change and its results may be shown
/// (<see cref="SurveyRelease"/>). One per survey and cycle; it is never reopened, since reopening would let a reader
/// compare the figures before and after.
/// </summary>
public class SurveyClosing
{
    private SurveyClosing() { }

    public SurveyClosing(int surveyId, int cycleId, DateTimeOffset closedAt, string? closedByUserId)
    {
        SurveyId = surveyId;
        CycleId = cycleId;
        ClosedAt = closedAt;
        ClosedByUserId = closedByUserId;
    }

    public int Id { get; private set; }
    public int SurveyId { get; private set; }
    public int CycleId { get; private set; }
    public DateTimeOffset ClosedAt { get; private set; }
    public string? ClosedByUserId { get; private set; }
}
