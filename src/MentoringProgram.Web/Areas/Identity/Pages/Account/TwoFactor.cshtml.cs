using FluentValidation;
using FluentValidation.AspNetCore;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MentoringProgram.Web.Areas.Identity.Pages.Account;

/// <summary>
/// Two-factor authentication with an authenticator app (TOTP): shows whether it is on, sets it up with a fresh key
/// that the person proves with one code, turns it off, and issues new recovery codes. Every change is a POST; the
/// key and recovery codes are never cached, and recovery codes are shown only in the answer that made them.
/// </summary>
[Authorize]
public sealed class TwoFactorModel(
    UserManager<ApplicationUser> users,
    SignInManager<ApplicationUser> signIn,
    IValidator<TwoFactorModel.InputModel> validator,
    ILogger<TwoFactorModel> logger) : PageModel
{
    public const string WrongCode = "That code did not match. Check that your phone's clock is right, then enter the newest code.";
    public const string TurnedOff = "Two-factor authentication is off. You log in with your password alone.";

    public enum Step
    {
        Status,
        Verify,
        RecoveryCodes,
    }

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public Step Showing { get; private set; }

    public bool IsEnabled { get; private set; }

    public int RecoveryCodesLeft { get; private set; }

    public string SharedKey { get; private set; } = "";

    public string AuthenticatorUri { get; private set; } = "";

    public IReadOnlyList<string> RecoveryCodes { get; private set; } = [];

    /// <summary>Whether the recovery codes shown came with turning two-factor authentication on just now.</summary>
    public bool EnabledNow { get; private set; }

    public sealed class InputModel
    {
        public string Code { get; set; } = "";
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            RuleFor(i => i.Code).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter the 6-digit code your authenticator app shows.")
                .Must(AuthenticatorCodes.IsSixDigits).WithMessage("The code is 6 digits, like 123456.");
        }
    }

    public async Task<IActionResult> OnGetAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        await LoadStatusAsync(user);
        return Page();
    }

    /// <summary>Starts (or restarts) setting up: a new key, so a key seen earlier cannot be used.</summary>
    public async Task<IActionResult> OnPostSetupAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        if (await users.GetTwoFactorEnabledAsync(user))
        {
            TempData["Notice"] = "Two-factor authentication is already on. Turn it off first to move it to another app.";
            return RedirectToPage();
        }
        await users.ResetAuthenticatorKeyAsync(user);
        await signIn.RefreshSignInAsync(user);
        logger.LogInformation("User {UserId} started setting up an authenticator app", user.Id);
        return RedirectToPage("./TwoFactor", "Verify");
    }

    public async Task<IActionResult> OnGetVerifyAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        return await ShowVerifyAsync(user) ?? RedirectToPage();
    }

    public async Task<IActionResult> OnPostVerifyAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        if (await ShowVerifyAsync(user) is not { } verifyPage)
        {
            return RedirectToPage();
        }
        (await validator.ValidateAsync(Input)).AddToModelState(ModelState, nameof(Input));
        if (!ModelState.IsValid)
        {
            return verifyPage;
        }
        var code = AuthenticatorCodes.Normalize(Input.Code);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            logger.LogWarning("User {UserId} entered a wrong code while setting up an authenticator app", user.Id);
            ModelState.AddModelError("Input.Code", WrongCode);
            return verifyPage;
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, AuthenticatorCodes.RecoveryCodeCount);
        await signIn.RefreshSignInAsync(user);
        logger.LogInformation("User {UserId} turned on two-factor authentication", user.Id);
        return ShowRecoveryCodes(codes, enabledNow: true);
    }

    public async Task<IActionResult> OnPostDisableAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        if (await users.GetTwoFactorEnabledAsync(user))
        {
            await users.SetTwoFactorEnabledAsync(user, false);
            // The app still holds the old key: a new setup starts from a new one, and the old one stops being accepted now.
            await users.ResetAuthenticatorKeyAsync(user);
            await signIn.RefreshSignInAsync(user);
            logger.LogInformation("User {UserId} turned off two-factor authentication", user.Id);
        }
        TempData["Notice"] = TurnedOff;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRecoveryCodesAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        if (!await users.GetTwoFactorEnabledAsync(user))
        {
            TempData["Notice"] = "Recovery codes come with two-factor authentication. Set it up first.";
            return RedirectToPage();
        }
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, AuthenticatorCodes.RecoveryCodeCount);
        logger.LogInformation("User {UserId} made new recovery codes", user.Id);
        return ShowRecoveryCodes(codes, enabledNow: false);
    }

    private async Task LoadStatusAsync(ApplicationUser user)
    {
        Showing = Step.Status;
        IsEnabled = await users.GetTwoFactorEnabledAsync(user);
        RecoveryCodesLeft = IsEnabled ? await users.CountRecoveryCodesAsync(user) : 0;
    }

    /// <summary>The setup step with the key, or null when there is nothing to set up (already on, or never started).</summary>
    private async Task<IActionResult?> ShowVerifyAsync(ApplicationUser user)
    {
        if (await users.GetTwoFactorEnabledAsync(user) || await users.GetAuthenticatorKeyAsync(user) is not { Length: > 0 } key)
        {
            return null;
        }
        Showing = Step.Verify;
        SharedKey = AuthenticatorCodes.FormatKey(key);
        AuthenticatorUri = AuthenticatorCodes.Uri(await users.GetEmailAsync(user) ?? await users.GetUserNameAsync(user) ?? "", key);
        Response.Headers.CacheControl = "no-store";
        return Page();
    }

    private PageResult ShowRecoveryCodes(IEnumerable<string>? codes, bool enabledNow)
    {
        Showing = Step.RecoveryCodes;
        IsEnabled = true;
        EnabledNow = enabledNow;
        RecoveryCodes = codes?.ToList() ?? [];
        RecoveryCodesLeft = RecoveryCodes.Count;
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
