using FluentValidation;
using FluentValidation.AspNetCore;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Features.Account;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MentoringProgram.Web.Areas.Identity.Pages.Account;

/// <summary>Mails a reset link to an address with an account and a "no account uses this address" note to one
/// without: one message either way, then the same answer.</summary>
[AllowAnonymous]
public sealed class ForgotPasswordModel(AppDbContext db, UserManager<ApplicationUser> users, AccountMail mail,
    IValidator<EmailAddressInput> validator, ILogger<ForgotPasswordModel> logger) : PageModel
{
    [BindProperty]
    public EmailAddressInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(Input, cancellationToken)).AddToModelState(ModelState, nameof(Input));
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var email = Input.Email.Trim();
        var user = await users.FindByEmailAsync(email);
        if (user is null)
        {
            await mail.NoAccountAsync(email, cancellationToken);
        }
        else
        {
            // Also for an unconfirmed address: the reset link proves the person reads it, and confirms it.
            await mail.ResetPasswordAsync(user, cancellationToken);
            logger.LogInformation("Password reset asked for user {UserId}", user.Id);
        }
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("./ForgotPasswordConfirmation");
    }
}
