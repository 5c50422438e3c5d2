using System.Text;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Email;
using MentoringProgram.Web.Email.Templates;
using MentoringProgram.Web.Features.Account.Mails;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace MentoringProgram.Web.Features.Account;

/// <summary>
/// Every mail the account pages send, queued in the outbox (the caller saves, in the same transaction as what caused
/// it). Each account page that takes an address queues exactly one message whether or not the address has an
/// account, so neither the answer nor the work behind it tells a stranger who is registered (issue 10, item 4).
/// </summary>
public sealed class AccountMail(UserManager<ApplicationUser> users, EmailOutbox outbox, AppLinks links, MailRenderer mail)
{
    /// <summary>The area of the account pages, for links to them.</summary>
    public const string Area = "Identity";

    public async Task ConfirmEmailAsync(ApplicationUser user, CancellationToken cancellationToken = default)
    {
        var code = Encode(await users.GenerateEmailConfirmationTokenAsync(user));
        await QueueAsync(user.Email!, new ConfirmEmailMail { ConfirmLink = links.Page("/Account/ConfirmEmail", Area, new { userId = user.Id, code }) }, cancellationToken);
    }

    public async Task ResetPasswordAsync(ApplicationUser user, CancellationToken cancellationToken = default)
    {
        var code = Encode(await users.GeneratePasswordResetTokenAsync(user));
        await QueueAsync(user.Email!, new ResetPasswordMail { ResetLink = ResetPasswordLink(links, code) }, cancellationToken);
    }

    /// <summary>Sent instead of a second account when someone registers with an address that has one.</summary>
    public Task AlreadyRegisteredAsync(string email, CancellationToken cancellationToken = default) =>
        QueueAsync(email, new AlreadyRegisteredMail(), cancellationToken);

    /// <summary>Sent when a confirmation is asked for again on an address that is already confirmed.</summary>
    public Task AlreadyConfirmedAsync(string email, CancellationToken cancellationToken = default) =>
        QueueAsync(email, new AlreadyConfirmedMail(), cancellationToken);

    /// <summary>Sent when a reset or a confirmation is asked for an address with no account: it tells the person
    /// which address to use, and costs the page the same work as a known address.</summary>
    public Task NoAccountAsync(string email, CancellationToken cancellationToken = default) =>
        QueueAsync(email, new NoAccountMail(), cancellationToken);

    /// <summary>The page where a reset code (<see cref="Encode"/>d) chooses a new password.</summary>
    public static string ResetPasswordLink(AppLinks links, string code) => links.Page("/Account/ResetPassword", Area, new { code });

    /// <summary>Tokens are URL-safe base64 of their UTF-8 bytes; <see cref="TryDecode"/> reverses it.</summary>
    public static string Encode(string token) => WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(token));

    /// <summary>A code from a link, or null when it was cut or edited into something that is not one.</summary>
    public static string? TryDecode(string? code)
    {
        if (string.IsNullOrWhiteSpace(code) || code.Length > 2000)
        {
            return null;
        }
        try
        {
            return Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(code));
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private async Task QueueAsync(string email, MailTemplate template, CancellationToken cancellationToken) =>
        await outbox.QueueAsync($"account:{Guid.NewGuid():N}", email, null, await mail.RenderAsync(template), cancellationToken);
}
