using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;

namespace MentoringProgram.Web.Areas.Identity.Pages.Account;

/// <summary>Says how long the lockout lasts and when the person can try again (issue 10, item 12).</summary>
[AllowAnonymous]
public sealed class LockoutModel(IOptions<IdentityOptions> identity) : PageModel
{
    private const string UntilKey = "LockedUntil";

    /// <summary>How long an account stays locked after too many wrong passwords, from the Identity settings.</summary>
    public TimeSpan Length => identity.Value.Lockout.DefaultLockoutTimeSpan;

    public int Attempts => identity.Value.Lockout.MaxFailedAccessAttempts;

    /// <summary>When this person's lockout ends, as Identity stored it, when the login page passed it on (TempData is
    /// protected, so the value is the app's own).</summary>
    public DateTimeOffset? Until { get; private set; }

    public static void Remember(ITempDataDictionary tempData, DateTimeOffset? lockoutEnd)
    {
        if (lockoutEnd is { } end)
        {
            tempData[UntilKey] = end.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        }
    }

    public void OnGet()
    {
        if (TempData[UntilKey] is string value && long.TryParse(value, CultureInfo.InvariantCulture, out var seconds))
        {
            Until = DateTimeOffset.FromUnixTimeSeconds(seconds);
        }
    }
}
