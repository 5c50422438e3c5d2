using System.Text;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Email;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;

namespace MentoringProgram.Web.Features.Account;

/// <summary>
/// Every mail the account pages send, queued in the outbox (the caller saves, in the same transaction as what caused
/// it). Each account page that takes an address queues exactly one message whether or not the address has an
/// account, so neither the answer nor the work behind it tells a stranger who is registered (issue 10, item 4).
/// </summary>
public sealed class AccountMail(UserManager<ApplicationUser> users, EmailOutbox outbox, AppLinks links)
{
    private const string Area = "Identity";

    public async Task ConfirmEmailAsync(ApplicationUser user, CancellationToken cancellationToken = default)
    {
        var code = Encode(await users.GenerateEmailConfirmationTokenAsync(user));
        var link = links.Page("/Account/ConfirmEmail", Area, new { userId = user.Id, code });
        await QueueAsync(user.Email!, EmailContent.Compose("Confirm your email for the mentoring program", "Hello,",
            ["Welcome to the library's mentoring program. Confirm this address to finish creating your account.",
             "If you did not register, ignore this message: no account is created until the address is confirmed."],
            "Confirm your email", link), cancellationToken);
    }

    public async Task ResetPasswordAsync(ApplicationUser user, CancellationToken cancellationToken = default)
    {
        var code = Encode(await users.GeneratePasswordResetTokenAsync(user));
        var link = links.Page("/Account/ResetPassword", Area, new { code });
        await QueueAsync(user.Email!, EmailContent.Compose("Reset your mentoring program password", "Hello,",
            ["Someone (we hope you) asked to reset the password of your mentoring program account. The link works once.",
             "If it was not you, ignore this message: your password stays as it is."],
            "Choose a new password", link), cancellationToken);
    }

    /// <summary>Sent instead of a second account when someone registers with an address that has one.</summary>
    public Task AlreadyRegisteredAsync(string email, CancellationToken cancellationToken = default) =>
        QueueAsync(email, EmailContent.Compose("Someone tried to register with your address", "Hello,",
            ["Someone tried to create a mentoring program account with this address, which already has one. No new account was made.",
             "If it was you, log in, or reset your password if you have forgotten it. If it was not you, you need do nothing."],
            "Reset your password", links.Page("/Account/ForgotPassword", Area)), cancellationToken);

    /// <summary>Sent when a confirmation is asked for again on an address that is already confirmed.</summary>
    public Task AlreadyConfirmedAsync(string email, CancellationToken cancellationToken = default) =>
        QueueAsync(email, EmailContent.Compose("Your mentoring program account is already confirmed", "Hello,",
            ["Someone asked for a new confirmation link for this address, but the account is already confirmed: you can log in."],
            "Log in", links.Page("/Account/Login", Area)), cancellationToken);

    /// <summary>Sent when a reset or a confirmation is asked for an address with no account: it tells the person
    /// which address to use, and costs the page the same work as a known address.</summary>
    public Task NoAccountAsync(string email, CancellationToken cancellationToken = default) =>
        QueueAsync(email, EmailContent.Compose("No mentoring program account uses this address", "Hello,",
            ["Someone asked for a password reset or a confirmation link for this address, but no mentoring program account uses it.",
             "If you have an account under another address, ask again with that one; otherwise you can register. If it was not you, you need do nothing."],
            "Register", links.Page("/Account/Register", Area)), cancellationToken);

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

    private async Task QueueAsync(string email, EmailContent content, CancellationToken cancellationToken) =>
        await outbox.QueueAsync($"account:{Guid.NewGuid():N}", email, null, content, cancellationToken);
}
