namespace MentoringProgram.Web.Jobs;

public sealed class JobsOptions
{
    public const string Section = "Jobs";

    /// <summary>Whether this instance processes jobs; tests turn it off and run jobs themselves.</summary>
    public bool RunServer { get; set; } = true;

    /// <summary>Six-field (seconds) cron for outbox delivery.</summary>
    public string OutboxCron { get; set; } = "*/20 * * * * *";

    /// <summary>Cron for lapsing mentees' asks that were not answered in time: every five minutes, so an ask lapses
    /// within minutes of its due time.</summary>
    public string AskExpiryCron { get; set; } = "*/5 * * * *";

    /// <summary>Cron (UTC) for the daily cadence reminders: early morning in Europe, overnight in the Americas, so mail is
    /// waiting at the start of the working day.</summary>
    public string CadenceReminderCron { get; set; } = "0 6 * * *";

    /// <summary>Cron (UTC) for the daily continuation notices, sent two to three weeks before a term ends.</summary>
    public string ContinuationNoticeCron { get; set; } = "30 6 * * *";

    /// <summary>Cron (UTC) for the daily one-click questions by mail: the early check when it opens, and check-ins.</summary>
    public string PairingQuestionsCron { get; set; } = "45 6 * * *";

    /// <summary>Cron (UTC) for the daily survey invitations and reminders; whether a survey is due is decided in each
    /// program's zone (docs/adr/0021).</summary>
    public string SurveyInvitationsCron { get; set; } = "50 6 * * *";

    /// <summary>Weeks between a mentee's check-in mails, counted from the pairing's start (none in the term's last three weeks).</summary>
    public int CheckInWeeks { get; set; } = 8;

    /// <summary>Cron for completing pairings whose term has ended: hourly, as each program's midnight comes in its zone.</summary>
    public string TermEndCron { get; set; } = "5 * * * *";

    /// <summary>Cron (UTC) for the daily deletion of the private content of pairings that ended long enough ago.</summary>
    public string RetentionCron { get; set; } = "15 3 * * *";

    /// <summary>Months a pair's private content is kept after the pairing ends (docs/adr/0018).</summary>
    public int PrivateContentRetentionMonths { get; set; } = Domain.PrivateContentRetention.DefaultMonths;

    /// <summary>Cron (in the library's time zone) for the coordinators' weekly digest: Monday at seven, before the working week.</summary>
    public string CoordinatorDigestCron { get; set; } = "0 7 * * 1";

    /// <summary>How often an idle worker looks for a new job in PostgreSQL's shared queue (Hangfire.PostgreSql's own
    /// default): how soon a job triggered on one instance starts on whichever instance takes it.</summary>
    public TimeSpan PostgresQueuePollInterval { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>Days after a pairing starts with no meeting logged before the mentor is asked to make first contact.</summary>
    public int FirstContactDays { get; set; } = 7;
}
