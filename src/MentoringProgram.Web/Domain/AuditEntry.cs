namespace MentoringProgram.Web.Domain;

/// <summary>Who did what, when: security and coordinator actions. Never holds note text or secrets.</summary>
public class AuditEntry
{
    private AuditEntry() { }

    public AuditEntry(DateTimeOffset at, string? actorUserId, string action, string? subject, string? details)
    {
        At = at;
        ActorUserId = actorUserId;
        Action = action;
        Subject = subject;
        Details = details;
    }

    public long Id { get; private set; }
    public DateTimeOffset At { get; private set; }
    public string? ActorUserId { get; private set; }
    public string Action { get; private set; } = "";
    public string? Subject { get; private set; }
    public string? Details { get; private set; }
}
