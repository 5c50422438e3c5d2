namespace MentoringProgram.Web.Email;

/// <summary>One message to queue: the event it belongs to, who gets it, and what it says.</summary>
public sealed record OutgoingMail(string DeduplicationKey, string ToAddress, string? ToName, EmailContent Content);
