using FluentValidation;
using FluentValidation.AspNetCore;
using MentoringProgram.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MentoringProgram.Web.Areas.Identity.Pages.Account;

/// <summary>
/// The second step of logging in, whatever proves it (an authenticator code, a recovery code): one flow, so both
/// send people without a password step back to log in, follow only local return addresses, count wrong codes towards
/// lockout and say until when the account is locked.
/// </summary>
public abstract class SecondStepPageModel<TInput>(SignInManager<ApplicationUser> signIn, IValidator<TInput> validator, ILogger logger) : PageModel
    where TInput : class, new()
{
    [BindProperty]
    public TInput Input { get; set; } = new();

    public string? ReturnUrl { get; set; }

    protected SignInManager<ApplicationUser> SignIns => signIn;

    /// <summary>The form field the code is typed in, where a wrong code is reported.</summary>
    protected abstract string CodeField { get; }

    protected abstract string WrongCodeMessage { get; }

    /// <summary>For the log: "authenticator code", "recovery code".</summary>
    protected abstract string CodeKind { get; }

    protected abstract Task<Microsoft.AspNetCore.Identity.SignInResult> SignInAsync(ApplicationUser user);

    protected async Task<IActionResult> ShowAsync(string? returnUrl)
    {
        ReturnUrl = LocalOrNull(returnUrl);
        return await signIn.GetTwoFactorAuthenticationUserAsync() is null ? BackToLogin() : Page();
    }

    protected async Task<IActionResult> SubmitAsync(string? returnUrl)
    {
        ReturnUrl = LocalOrNull(returnUrl);
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return BackToLogin();
        }
        (await validator.ValidateAsync(Input)).AddToModelState(ModelState, nameof(Input));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await SignInAsync(user);
        if (result.Succeeded)
        {
            logger.LogInformation("Login with a {CodeKind} succeeded for user {UserId}", CodeKind, user.Id);
            return LocalRedirect(ReturnUrl ?? "/");
        }
        if (result.IsLockedOut)
        {
            logger.LogWarning("Login refused: user {UserId} is locked out after wrong {CodeKind}s", user.Id, CodeKind);
            LockoutModel.Remember(TempData, (await signIn.UserManager.FindByIdAsync(user.Id))?.LockoutEnd);
            return RedirectToPage("./Lockout");
        }
        logger.LogWarning("Wrong {CodeKind} for user {UserId}", CodeKind, user.Id);
        ModelState.AddModelError(CodeField, WrongCodeMessage);
        return Page();
    }

    private string? LocalOrNull(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl : null;

    private RedirectToPageResult BackToLogin() => RedirectToPage("./Login", new { returnUrl = ReturnUrl });
}
