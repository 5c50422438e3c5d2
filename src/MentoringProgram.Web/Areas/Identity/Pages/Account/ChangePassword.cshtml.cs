using FluentValidation;
using FluentValidation.AspNetCore;
using MentoringProgram.Web.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MentoringProgram.Web.Areas.Identity.Pages.Account;

/// <summary>A signed-in person changes their password by giving the current one. This session stays signed in;
/// the security stamp changes, so the person's other sessions end within a minute.</summary>
[Authorize]
public sealed class ChangePasswordModel(
    UserManager<ApplicationUser> users,
    SignInManager<ApplicationUser> signIn,
    IValidator<ChangePasswordModel.InputModel> validator,
    ILogger<ChangePasswordModel> logger) : PageModel
{
    public const string WrongCurrentPassword = "That is not your current password.";
    public const string Changed = "Your password is changed. Use the new one next time you log in.";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public sealed class InputModel
    {
        public string CurrentPassword { get; set; } = "";
        public string NewPassword { get; set; } = "";
        public string ConfirmPassword { get; set; } = "";
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            RuleFor(i => i.CurrentPassword).NotEmpty().WithMessage("Enter your current password.")
                .MaximumLength(AccountRules.MaxPasswordLength).WithMessage(WrongCurrentPassword);
            RuleFor(i => i.NewPassword).NewPassword("Choose a new password.")
                .NotEqual(i => i.CurrentPassword).WithMessage("Choose a password different from your current one.");
            RuleFor(i => i.ConfirmPassword).Equal(i => i.NewPassword).WithMessage("The two passwords are not the same.");
        }
    }

    public async Task<IActionResult> OnGetAsync() =>
        await users.GetUserAsync(User) is null ? Challenge() : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await users.GetUserAsync(User) is not { } user)
        {
            return Challenge();
        }
        (await validator.ValidateAsync(Input)).AddToModelState(ModelState, nameof(Input));
        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                if (error.Code == nameof(IdentityErrorDescriber.PasswordMismatch))
                {
                    logger.LogWarning("Password change refused for user {UserId}: wrong current password", user.Id);
                    ModelState.AddModelError("Input.CurrentPassword", WrongCurrentPassword);
                }
                else
                {
                    ModelState.AddModelError("Input.NewPassword", error.Description);
                }
            }
            return Page();
        }

        await signIn.RefreshSignInAsync(user);
        logger.LogInformation("User {UserId} changed their password", user.Id);
        TempData["Notice"] = Changed;
        return RedirectToPage();
    }
}
