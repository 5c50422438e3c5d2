namespace MentoringProgram.Web.Domain;

/// <summary>
/// When a pairing's member is asked a survey (docs/adr/0021), as days in the program's zone: the pre survey from the
/// moment the pairing is confirmed (its moment is the term's first day), the pulse from 30 days after the start while
/// the pairing is active, the post survey once it completed, the closing survey once it was dissolved (both on the day
/// it ended). A survey is due from its moment until <see cref="AnswerWindowDays"/> days after it, and is no longer
/// asked, shown or answerable after that; one reminder follows the invitation after <see cref="ReminderDays"/> days.
/// The invitation job, the home page and the answer page all ask this one rule.
/// </summary>
public static class SurveyMoment
{
    public const int PulseDays = 30;
    public const int AnswerWindowDays = 60;
    public const int ReminderDays = 7;

    /// <summary>The day the survey is asked for, or null when this pairing is not (or no longer) at that moment.</summary>
    public static DateOnly? Of(SurveyKind kind, PairingStatus status, DateOnly startsOn, DateOnly? endedOn, DateOnly today) => kind switch
    {
        SurveyKind.Pre when status == PairingStatus.Active => startsOn,
        SurveyKind.Pulse when status == PairingStatus.Active && today >= startsOn.AddDays(PulseDays) => startsOn.AddDays(PulseDays),
        SurveyKind.Post when status == PairingStatus.Completed => endedOn,
        SurveyKind.Closing when status == PairingStatus.Dissolved => endedOn,
        _ => null,
    };

    /// <summary>Whether the survey is due on <paramref name="today"/>: its moment has come and is at most
    /// <see cref="AnswerWindowDays"/> days old.</summary>
    public static bool IsDue(SurveyKind kind, PairingStatus status, DateOnly startsOn, DateOnly? endedOn, DateOnly today) =>
        DueMoment(kind, status, startsOn, endedOn, today) is not null;

    /// <summary>The moment of a survey due on <paramref name="today"/>, or null when it is not due.</summary>
    public static DateOnly? DueMoment(SurveyKind kind, PairingStatus status, DateOnly startsOn, DateOnly? endedOn, DateOnly today) =>
        Of(kind, status, startsOn, endedOn, today) is { } moment && today <= moment.AddDays(AnswerWindowDays) ? moment : null;

    /// <summary>Whether an invitation sent on <paramref name="invitedOn"/> is followed up on <paramref name="today"/>
    /// (while the survey is still due and unanswered, which the caller knows).</summary>
    public static bool IsReminderDay(DateOnly invitedOn, DateOnly today) => today >= invitedOn.AddDays(ReminderDays);

    /// <summary>The oldest end of a pairing whose post or closing survey can still be due anywhere: a day of slack for
    /// the zones, so a query can leave the long-ended pairings out before the rule looks at each.</summary>
    public static DateOnly OldestEndStillAsked(DateOnly utcToday) => utcToday.AddDays(-AnswerWindowDays - 1);
}
