using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace MentoringProgram.Web.Email;

/// <summary>Hands a finished message to something that delivers it.</summary>
public interface IMailTransport
{
    Task SendAsync(MimeMessage message, CancellationToken cancellationToken);
}

public sealed class SmtpMailTransport(IOptions<EmailOptions> options) : IMailTransport
{
    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        using var client = new SmtpClient { Timeout = 15_000 };
        var host = settings.SmtpHost ?? throw new InvalidOperationException("Email:SmtpHost is not set.");
        try
        {
            await client.ConnectAsync(host, settings.SmtpPort, settings.UseStartTls ? SecureSocketOptions.StartTls : SecureSocketOptions.None, cancellationToken);
            if (!string.IsNullOrEmpty(settings.SmtpUser))
            {
                await client.AuthenticateAsync(settings.SmtpUser, settings.SmtpPassword ?? "", cancellationToken);
            }
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // Nothing about this message went wrong: the server itself is out of reach or refuses us.
            throw new MailServerUnreachableException($"The mail server {host}:{settings.SmtpPort} could not be reached.", ex);
        }
        await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(quit: true, cancellationToken);
    }
}

/// <summary>With no SMTP server configured, mail lands as .eml files a developer can open.</summary>
public sealed class PickupDirectoryMailTransport(IOptions<EmailOptions> options, IWebHostEnvironment environment) : IMailTransport
{
    public string Directory => options.Value.PickupDirectory is { Length: > 0 } dir
        ? dir
        : Path.Combine(environment.ContentRootPath, "App_Data", "mail");

    public async Task SendAsync(MimeMessage message, CancellationToken cancellationToken)
    {
        System.IO.Directory.CreateDirectory(Directory);
        // Named by Message-ID, so a repeat delivery of the same outbox row overwrites rather than duplicates.
        var path = Path.Combine(Directory, $"{(message.MessageId ?? Guid.NewGuid().ToString("N")).Split('@')[0]}.eml");
        await message.WriteToAsync(path, cancellationToken);
    }
}
