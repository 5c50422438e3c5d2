using System.Net;
using System.Text.RegularExpressions;
using MentoringProgram.Web.Data;
using Microsoft.AspNetCore.Identity.UI.Services;

namespace MentoringProgram.Web.Email;

/// <summary>Account mail from Identity's pages (confirm email, reset password) goes through the outbox too,
/// so it survives an SMTP outage like every other message.</summary>
public sealed partial class OutboxEmailSender(EmailOutbox outbox, AppDbContext db) : IEmailSender
{
    public async Task SendEmailAsync(string email, string subject, string htmlMessage)
    {
        var text = WebUtility.HtmlDecode(LinkPattern().Replace(htmlMessage, "$2 ($1)"));
        text = TagPattern().Replace(text, "");
        var html = $"<!DOCTYPE html><html><body style=\"font-family:sans-serif;line-height:1.5\"><p>{htmlMessage}</p></body></html>";
        await outbox.QueueAsync($"account:{Guid.NewGuid():N}", email, null, new EmailContent(subject, text, html));
        await db.SaveChangesAsync();
    }

    [GeneratedRegex("<a [^>]*href=['\"]([^'\"]*)['\"][^>]*>(.*?)</a>", RegexOptions.IgnoreCase)]
    private static partial Regex LinkPattern();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex TagPattern();
}
