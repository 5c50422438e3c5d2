using FluentValidation;
using FluentValidation.AspNetCore;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MentoringProgram.Web.Areas.Identity.Pages.Account;

/// <summary>The second step of logging in with one of the recovery codes instead of the authenticator app. Each code
/// works once; wrong codes count towards lockout.</summary>
[AllowAnonymous]
public sealed class LoginWithRecoveryCodeModel(
    SignInManager<ApplicationUser> signIn,
    UserManager<ApplicationUser> users,
    IValidator<LoginWithRecoveryCodeModel.InputModel> validator,
    ILogger<LoginWithRecoveryCodeModel> logger) : PageModel
{
    public const string WrongCode = "That recovery code did not work. Each code works only once; try another.";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string? ReturnUrl { get; set; }

    public sealed class InputModel
    {
        public string RecoveryCode { get; set; } = "";
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            RuleFor(i => i.RecoveryCode).NotEmpty().WithMessage("Enter one of your recovery codes.")
                .MaximumLength(64).WithMessage(WrongCode);
        }
    }

    public async Task<IActionResult> OnGetAsync(string? returnUrl = null)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return BackToLogin(returnUrl);
        }
        ReturnUrl = LocalOrNull(returnUrl);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl = null)
    {
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

        var result = await signIn.TwoFactorRecoveryCodeSignInAsync(AuthenticatorCodes.NormalizeRecoveryCode(Input.RecoveryCode));
        if (result.Succeeded)
        {
            logger.LogInformation("Login with a recovery code succeeded for user {UserId}; {Left} codes left", user.Id, await users.CountRecoveryCodesAsync(user));
            return LocalRedirect(ReturnUrl ?? "/");
        }
        if (result.IsLockedOut)
        {
            logger.LogWarning("Login refused: user {UserId} is locked out after wrong recovery codes", user.Id);
            return RedirectToPage("./Lockout");
        }
        logger.LogWarning("Wrong recovery code for user {UserId}", user.Id);
        ModelState.AddModelError("Input.RecoveryCode", WrongCode);
        return Page();
    }

    private string? LocalOrNull(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl : null;

    private RedirectToPageResult BackToLogin(string? returnUrl) =>
        RedirectToPage("./Login", new { returnUrl = LocalOrNull(returnUrl) });
}
