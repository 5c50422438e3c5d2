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
}
