using FluentValidation;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Features.Account;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace MentoringProgram.Web.Areas.Identity.Pages.Account;

/// <summary>Mails a reset link to an address with an account and a "no account uses this address" note to one
/// without: one message either way, then the same answer.</summary>
[AllowAnonymous]
public sealed class ForgotPasswordModel(AppDbContext db, UserManager<ApplicationUser> users, AccountMail mail,
    IValidator<EmailAddressInput> validator, ILogger<ForgotPasswordModel> logger) : MailALinkPageModel(db, users, validator)
{
    protected override string AnswerPage => "./ForgotPasswordConfirmation";

    protected override async Task QueueMailAsync(string email, ApplicationUser? user, CancellationToken cancellationToken)
    {
        if (user is null)
        {
            await mail.NoAccountAsync(email, cancellationToken);
            return;
        }
        // Also for an unconfirmed address: the reset link proves the person reads it, and confirms it.
        await mail.ResetPasswordAsync(user, cancellationToken);
        logger.LogInformation("Password reset asked for user {UserId}", user.Id);
    }
}
