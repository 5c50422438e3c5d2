using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MentoringProgram.Web.Areas.Identity.Pages.Account;

/// <summary>The one answer to every registration, whatever the address: it takes no address, so it cannot be
/// asked whether one exists (Identity UI's version answered 404 for an unknown address).</summary>
[AllowAnonymous]
public sealed class RegisterConfirmationModel : PageModel
{
    public void OnGet()
    {
    }
}
