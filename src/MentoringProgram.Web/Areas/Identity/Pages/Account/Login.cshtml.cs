using FluentValidation;
using FluentValidation.AspNetCore;
using MentoringProgram.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MentoringProgram.Web.Areas.Identity.Pages.Account;

/// <summary>
/// Replaces Identity UI's login page, which never locks accounts (it passes lockoutOnFailure: false) and
/// answers an unknown email much faster than a known one. Here failures count towards lockout, and every
/// failure costs one password hash, so the response does not tell whether an account exists.
/// </summary>
[AllowAnonymous]
public sealed class LoginModel(
    SignInManager<ApplicationUser> signIn,
    UserManager<ApplicationUser> users,
    IPasswordHasher<ApplicationUser> hasher,
    IValidator<LoginModel.InputModel> validator,
    ILogger<LoginModel> logger) : PageModel
{
    public const string FailureMessage = "That email and password do not match an account that can sign in. Check both, or reset your password.";

    // A hash made once per process with the app's own hasher settings, so verifying against it costs the same as a real check.
    private static string? _decoyHash;

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public string? ReturnUrl { get; set; }

    public sealed class InputModel
    {
        public string Email { get; set; } = "";
        public string Password { get; set; } = "";
        public bool RememberMe { get; set; }
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            RuleFor(i => i.Email).AccountEmail("Enter your email address.");
            RuleFor(i => i.Password).NotEmpty().WithMessage("Enter your password.");
        }
    }

    public void OnGet(string? returnUrl = null) => ReturnUrl = returnUrl;

    public async Task<IActionResult> OnPostAsync(string? returnUrl = null)
    {
        ReturnUrl = returnUrl;
        var validation = await validator.ValidateAsync(Input);
        if (!validation.IsValid)
        {
            validation.AddToModelState(ModelState, nameof(Input));
            return Page();
        }

        var user = await users.FindByEmailAsync(Input.Email.Trim());
        if (user is null)
        {
            SpendOneHash();
            logger.LogWarning("Login failed: unknown account");
            return Fail();
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password, Input.RememberMe, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("Login succeeded for user {UserId}", user.Id);
            return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/");
        }
        if (result.RequiresTwoFactor)
        {
            return RedirectToPage("./LoginWith2fa", new { ReturnUrl = returnUrl, Input.RememberMe });
        }
        if (result.IsLockedOut || result.IsNotAllowed)
        {
            // Identity refuses these before checking the password: spend the same time anyway.
            SpendOneHash();
        }
        if (result.IsLockedOut)
        {
            logger.LogWarning("Login refused: user {UserId} is locked out", user.Id);
            // Said only after the password was checked, so it tells no one more than five wrong guesses would.
            LockoutModel.Remember(TempData, user.LockoutEnd);
            return RedirectToPage("./Lockout");
        }
        logger.LogWarning("Login failed for user {UserId} (not allowed: {NotAllowed})", user.Id, result.IsNotAllowed);
        return Fail();
    }

    private PageResult Fail()
    {
        ModelState.AddModelError(string.Empty, FailureMessage);
        return Page();
    }

    private void SpendOneHash()
    {
        var decoy = new ApplicationUser();
        _decoyHash ??= hasher.HashPassword(decoy, Guid.NewGuid().ToString());
        hasher.VerifyHashedPassword(decoy, _decoyHash, Input.Password);
    }
}
