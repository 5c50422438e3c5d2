using FluentValidation;
using FluentValidation.AspNetCore;
using MentoringProgram.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MentoringProgram.Web.Areas.Identity.Pages.Account;

/// <summary>
/// The pages that mail something about an address (forgot password, resend confirmation): one flow, so each does the
/// same work whether or not the address has an account (one lookup, one queued mail, one save) and answers the same.
/// </summary>
public abstract class MailALinkPageModel(AppDbContext db, UserManager<ApplicationUser> users, IValidator<EmailAddressInput> validator) : PageModel
{
    [BindProperty]
    public EmailAddressInput Input { get; set; } = new();

    /// <summary>Where every valid post goes, whatever the address.</summary>
    protected abstract string AnswerPage { get; }

    /// <summary>Queues the one message for this address; <paramref name="user"/> is null when no account uses it.</summary>
    protected abstract Task QueueMailAsync(string email, ApplicationUser? user, CancellationToken cancellationToken);

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
        await QueueMailAsync(email, await users.FindByEmailAsync(email), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(AnswerPage);
    }
}
