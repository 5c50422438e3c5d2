using Microsoft.Extensions.Options;
using MimeKit;

namespace MentoringProgram.Web.Email;

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
