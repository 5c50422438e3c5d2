using MentoringProgram.Web.Data;
using MentoringProgram.Web.Features.Account;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MentoringProgram.Web.Areas.Identity.Pages.Account;

/// <summary>Confirms an address from the mailed link. A cut, edited, replayed or foreign link gets one message
/// that says what to do, never an error page, and does not say whether the account exists.</summary>
[AllowAnonymous]
public sealed class ConfirmEmailModel(UserManager<ApplicationUser> users, ILogger<ConfirmEmailModel> logger) : PageModel
{
    public bool Confirmed { get; private set; }

    public async Task OnGetAsync(string? userId, string? code)
    {
        var token = AccountMail.TryDecode(code);
        var user = token is null || string.IsNullOrWhiteSpace(userId) || userId.Length > 100 ? null : await users.FindByIdAsync(userId);
        if (user is null || token is null)
        {
            return;
        }
        Confirmed = user.EmailConfirmed || (await users.ConfirmEmailAsync(user, token)).Succeeded;
        if (Confirmed)
        {
            logger.LogInformation("User {UserId} confirmed their email", user.Id);
        }
    }
}
