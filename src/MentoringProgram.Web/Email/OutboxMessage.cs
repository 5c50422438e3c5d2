namespace MentoringProgram.Web.Email;

/// <summary>
/// One email to send. Written in the same transaction as the change that causes it, so a change never
/// happens without its mail and mail never goes out for a change that rolled back. The unique
/// <see cref="DeduplicationKey"/> names the event, so the same event cannot queue two messages.
/// </summary>
public class OutboxMessage
{
    private OutboxMessage() { }

    public OutboxMessage(Guid id, string deduplicationKey, string toAddress, string? toName, string subject, string textBody, string htmlBody, DateTimeOffset now)
    {
        Id = id;
        DeduplicationKey = deduplicationKey;
        ToAddress = toAddress;
        ToName = toName;
        Subject = subject;
        TextBody = textBody;
        HtmlBody = htmlBody;
        CreatedAt = now;
        NextAttemptAt = now;
    }

    public Guid Id { get; private set; }
    public string DeduplicationKey { get; private set; } = "";
    public string ToAddress { get; private set; } = "";
    public string? ToName { get; private set; }
    public string Subject { get; private set; } = "";
    public string TextBody { get; private set; } = "";
    public string HtmlBody { get; private set; } = "";
    public OutboxStatus Status { get; private set; }
    public int Attempts { get; private set; }
    public DateTimeOffset CreatedAt { get; private set; }
    public DateTimeOffset NextAttemptAt { get; private set; }
    public DateTimeOffset? LeaseUntil { get; private set; }
    public Guid? LeaseOwner { get; private set; }
    public DateTimeOffset? SentAt { get; private set; }
    public string? LastError { get; private set; }

    /// <summary>A stable Message-ID derived from the row, so a rare second delivery is recognisable as the same mail.</summary>
    public string MessageId => $"{Id:N}@mentoring-program";
}
