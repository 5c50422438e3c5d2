namespace MentoringProgram.Web.Email;

/// <summary>The transport could not talk to the mail server at all (connect, TLS or log-in failed), so no
/// message can be sent now and the rest of the batch should wait.</summary>
public sealed class MailServerUnreachableException(string message, Exception innerException) : Exception(message, innerException);
