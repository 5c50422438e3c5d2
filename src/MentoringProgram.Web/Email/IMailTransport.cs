using MimeKit;

namespace MentoringProgram.Web.Email;

/// <summary>Hands a finished message to something that delivers it.</summary>
public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}
