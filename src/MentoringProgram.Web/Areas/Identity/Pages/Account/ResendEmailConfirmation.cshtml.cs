using FluentValidation;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Features.Account;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;

namespace MentoringProgram.Web.Areas.Identity.Pages.Account;

/// <summary>Sends a new confirmation link, or says the account is already confirmed, or that no account uses the
/// address: one message either way, then the same answer.</summary>
[AllowAnonymous]
public sealed class ResendEmailConfirmationModel(AppDbContext db, UserManager<ApplicationUser> users, AccountMail mail,
    IValidator<EmailAddressInput> validator) : MailALinkPageModel(db, users, validator)
{
    protected override string AnswerPage => "./RegisterConfirmation";

    protected override Task QueueMailAsync(string email, ApplicationUser? user, CancellationToken cancellationToken) => user switch
    {
        null => mail.NoAccountAsync(email, cancellationToken),
        { EmailConfirmed: true } => mail.AlreadyConfirmedAsync(user.Email!, cancellationToken),
        _ => mail.ConfirmEmailAsync(user, cancellationToken),
    };
}
