using MentoringProgram.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MentoringProgram.Web.Areas.Identity.Pages.Account;

/// <summary>Logging out always ends the session and lands on a page of this app, whatever returnUrl says
/// (issue 10, item 5: an off-site returnUrl used to answer 500 and leave the session alive).</summary>
[AllowAnonymous]
public sealed class LogoutModel(SignInManager<ApplicationUser> signIn, ILogger<LogoutModel> logger) : PageModel
{
    public IActionResult OnGet() => User.Identity?.IsAuthenticated == true ? Page() : RedirectToPage("./Login");

    public async Task<IActionResult> OnPostAsync(string? returnUrl = null)
    {
        if (User.Identity?.IsAuthenticated == true)
        {
            logger.LogInformation("User {UserId} logged out", signIn.UserManager.GetUserId(User));
        }
        await signIn.SignOutAsync();
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
    }
}
