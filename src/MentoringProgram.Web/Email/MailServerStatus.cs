namespace MentoringProgram.Web.Email;

/// <summary>
/// Whether the mail server answered the last time the dispatcher tried it. One row for the whole app, shared
/// by every instance, so that during an outage the instances wait out one back-off together instead of each
/// spending a connection timeout on every run, and so the coordinator can see since when mail is stuck.
/// </summary>
public class MailServerStatus
{
    /// <summary>The key of the one row.</summary>
    public const int SingletonId = 1;

    private MailServerStatus() { }

    public int Id { get; private set; } = SingletonId;

    /// <summary>When the current outage began; null while the server is reachable.</summary>
    public DateTimeOffset? UnreachableSince { get; private set; }

    /// <summary>No delivery is tried before this moment.</summary>
    public DateTimeOffset? NextTryAt { get; private set; }

    public int ConsecutiveFailures { get; private set; }
    public string? LastError { get; private set; }

    public bool IsUnreachable => UnreachableSince is not null;

    public static MailServerStatus Reachable() => new();

    public bool MayTry(DateTimeOffset now) => NextTryAt is null || NextTryAt <= now;

    /// <summary>Records a failed connection; the wait before the next try grows as the outage lasts.</summary>
    public void RecordUnreachable(DateTimeOffset now, string error)
    {
        UnreachableSince ??= now;
        ConsecutiveFailures++;
        NextTryAt = now + OutboxDispatcher.BackoffAfter(ConsecutiveFailures);
        LastError = error.Length > 2000 ? error[..2000] : error;
    }

    /// <summary>The server accepted a message: the outage, if any, is over.</summary>
    public void RecordReachable()
    {
        UnreachableSince = null;
        NextTryAt = null;
        ConsecutiveFailures = 0;
        LastError = null;
    }
}
