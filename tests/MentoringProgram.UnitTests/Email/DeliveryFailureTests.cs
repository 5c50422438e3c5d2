using System.Net.Sockets;
using MailKit.Net.Smtp;
using MailKit.Security;
using MentoringProgram.Web.Email;
using MimeKit;

namespace MentoringProgram.UnitTests.Email;

public sealed class DeliveryFailureTests
{
    public static TheoryData<Exception, DeliveryFailureKind> Cases => new()
    {
        { new MailServerUnreachableException("down", new SocketException((int)SocketError.ConnectionRefused)), DeliveryFailureKind.ServerUnreachable },
        { new SocketException((int)SocketError.ConnectionReset), DeliveryFailureKind.ServerUnreachable },
        { new IOException("connection dropped mid-message"), DeliveryFailureKind.ServerUnreachable },
        { new TimeoutException(), DeliveryFailureKind.ServerUnreachable },
        { new AuthenticationException("bad credentials"), DeliveryFailureKind.ServerUnreachable },
        { new ParseException("Invalid addr-spec token", 0, 3), DeliveryFailureKind.Permanent },
        { new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxUnavailable, new MailboxAddress("", "gone@library.test"), "No such user"), DeliveryFailureKind.Permanent },
        { new SmtpCommandException(SmtpErrorCode.MessageNotAccepted, SmtpStatusCode.TransactionFailed, "Rejected as spam"), DeliveryFailureKind.Permanent },
        { new SmtpCommandException(SmtpErrorCode.RecipientNotAccepted, SmtpStatusCode.MailboxBusy, new MailboxAddress("", "busy@library.test"), "Try later"), DeliveryFailureKind.Transient },
        { new SmtpCommandException(SmtpErrorCode.UnexpectedStatusCode, SmtpStatusCode.ServiceNotAvailable, "Too many connections"), DeliveryFailureKind.Transient },
        { new InvalidOperationException("something else"), DeliveryFailureKind.Transient },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Classify_SortsEachErrorIntoWhatTheDispatcherShouldDo(Exception error, DeliveryFailureKind expected) =>
        Assert.Equal(expected, DeliveryFailure.Classify(error));

    [Fact]
    public void Describe_NamesTheCauseOfAnUnreachableServer_NotTheWrapper()
    {
        var error = new MailServerUnreachableException("The mail server smtp.library.test:25 could not be reached.", new SocketException((int)SocketError.ConnectionRefused));

        var text = DeliveryFailure.Describe(error);

        Assert.StartsWith("SocketException: ", text);
    }

    [Fact]
    public void Describe_KeepsTheReasonShortEnoughForItsColumn() =>
        Assert.Equal(2000, DeliveryFailure.Describe(new InvalidOperationException(new string('x', 5000))).Length);
}
