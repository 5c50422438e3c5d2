using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MentoringProgram.Web.Areas.Identity.Pages.Account;

/// <summary>Where a signed-in person lands when a page is not theirs to see (the cookie's AccessDeniedPath).</summary>
[AllowAnonymous]
public sealed class AccessDeniedModel : PageModel
{
    public void OnGet()
    {
    }
}
