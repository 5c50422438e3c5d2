using FluentValidation;
using FluentValidation.AspNetCore;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Features.Account;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MentoringProgram.Web.Areas.Identity.Pages.Account;

/// <summary>Sends a new confirmation link, or says the account is already confirmed, or that no account uses the
/// address: one message either way, then the same answer.</summary>
[AllowAnonymous]
public sealed class ResendEmailConfirmationModel(AppDbContext db, UserManager<ApplicationUser> users, AccountMail mail,
    IValidator<EmailAddressInput> validator) : PageModel
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
        var send = user switch
        {
            null => mail.NoAccountAsync(email, cancellationToken),
            { EmailConfirmed: true } => mail.AlreadyConfirmedAsync(user.Email!, cancellationToken),
            _ => mail.ConfirmEmailAsync(user, cancellationToken),
        };
        await send;
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("./RegisterConfirmation");
    }
}
