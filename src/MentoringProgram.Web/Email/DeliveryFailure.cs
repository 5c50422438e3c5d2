using MailKit;
using MailKit.Net.Smtp;
using MailKit.Security;
using MimeKit;

namespace MentoringProgram.Web.Email;

/// <summary>Sorts a delivery error into what the dispatcher should do about it.</summary>
public static class DeliveryFailure
{
    public static DeliveryFailureKind Classify(Exception exception) => exception switch
    {
        MailServerUnreachableException => DeliveryFailureKind.ServerUnreachable,
        ParseException => DeliveryFailureKind.Permanent,
        // 5xx on a recipient or on the message itself is the server's final word on this message; 4xx is "later".
        SmtpCommandException { ErrorCode: SmtpErrorCode.RecipientNotAccepted or SmtpErrorCode.MessageNotAccepted } smtp
            when (int)smtp.StatusCode >= 500 => DeliveryFailureKind.Permanent,
        // The connection broke or the server stopped talking sense part-way: the next message would fare no better.
        System.Net.Sockets.SocketException or IOException or TimeoutException or ServiceNotConnectedException
            or ProtocolException or SslHandshakeException or AuthenticationException => DeliveryFailureKind.ServerUnreachable,
        _ => DeliveryFailureKind.Transient,
    };

    /// <summary>What the coordinator reads on /Outbox: the kind of error and its message, never a stack trace.</summary>
    public static string Describe(Exception exception)
    {
        var root = exception is MailServerUnreachableException { InnerException: { } inner } ? inner : exception;
        var text = $"{root.GetType().Name}: {root.Message}";
        return text.Length > 2000 ? text[..2000] : text;
    }
}
