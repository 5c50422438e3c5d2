using MentoringProgram.Web.Domain;

namespace MentoringProgram.Web.Features.Surveys;

/// <summary>One survey due to one member of one pairing now (<see cref="SurveyMoment"/>), with where their answer stands.</summary>
public sealed record SurveyAsk(
    int SurveyId, string SurveyTitle, SurveyKind Kind, int PairingId, int CycleId, string ProgramName, string TimeZoneId,
    int StaffId, string? UserId, bool IsMentee, string PersonName, string WorkEmail, string OtherName,
    DateOnly Moment, DateOnly Today, bool Started, DateTimeOffset? SubmittedAt)
{
    /// <summary>The last day it can be answered.</summary>
    public DateOnly LastDay => Moment.AddDays(SurveyMoment.AnswerWindowDays);

    public bool IsSubmitted => SubmittedAt is not null;
}
