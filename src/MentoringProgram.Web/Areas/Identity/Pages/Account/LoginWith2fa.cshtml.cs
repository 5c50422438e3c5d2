using FluentValidation;
using FluentValidation.AspNetCore;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MentoringProgram.Web.Areas.Identity.Pages.Account;

/// <summary>The second step of logging in for people with two-factor authentication: a code from their authenticator
/// app. Wrong codes count towards lockout like wrong passwords. Without a password step in progress it sends people
/// back to log in.</summary>
[AllowAnonymous]
public sealed class LoginWith2faModel(
    SignInManager<ApplicationUser> signIn,
    IValidator<LoginWith2faModel.InputModel> validator,
    ILogger<LoginWith2faModel> logger) : PageModel
{
    public const string WrongCode = "That code did not work. Enter the newest code your authenticator app shows.";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool RememberMe { get; set; }

    public string? ReturnUrl { get; set; }

    public sealed class InputModel
    {
        public string TwoFactorCode { get; set; } = "";
        public bool RememberMachine { get; set; }
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            RuleFor(i => i.TwoFactorCode).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter the 6-digit code your authenticator app shows.")
                .Must(AuthenticatorCodes.IsSixDigits).WithMessage("The code is 6 digits, like 123456.");
        }
    }

    public async Task<IActionResult> OnGetAsync(bool rememberMe = false, string? returnUrl = null)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return BackToLogin(returnUrl);
        }
        RememberMe = rememberMe;
        ReturnUrl = LocalOrNull(returnUrl);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(bool rememberMe = false, string? returnUrl = null)
    {
        RememberMe = rememberMe;
        ReturnUrl = LocalOrNull(returnUrl);
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user)
        {
            return BackToLogin(ReturnUrl);
        }
        (await validator.ValidateAsync(Input)).AddToModelState(ModelState, nameof(Input));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.TwoFactorAuthenticatorSignInAsync(AuthenticatorCodes.Normalize(Input.TwoFactorCode), rememberMe, Input.RememberMachine);
        if (result.Succeeded)
        {
            logger.LogInformation("Login with an authenticator code succeeded for user {UserId}", user.Id);
            return LocalRedirect(ReturnUrl ?? "/");
        }
        if (result.IsLockedOut)
        {
            logger.LogWarning("Login refused: user {UserId} is locked out after wrong authenticator codes", user.Id);
            return RedirectToPage("./Lockout");
        }
        logger.LogWarning("Wrong authenticator code for user {UserId}", user.Id);
        ModelState.AddModelError("Input.TwoFactorCode", WrongCode);
        return Page();
    }

    private string? LocalOrNull(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl : null;

    private RedirectToPageResult BackToLogin(string? returnUrl) =>
        RedirectToPage("./Login", new { returnUrl = LocalOrNull(returnUrl) });
}
