namespace MentoringProgram.Web.Email;

/// <summary>A rendered message as the outbox stores it: the subject with its text and HTML parts, both rendered from
/// one template (<see cref="Templates.MailRenderer"/>) so they say the same.</summary>
public sealed record EmailContent(string Subject, string Text, string Html);
