using FluentValidation;
using FluentValidation.AspNetCore;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Features.Account;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MentoringProgram.Web.Areas.Identity.Pages.Account;

/// <summary>Sets a new password from a mailed link. An unknown address gets the same message as a wrong or used
/// link. Success also confirms the address (the link proved it is read) and lifts a lockout.</summary>
[AllowAnonymous]
public sealed class ResetPasswordModel(UserManager<ApplicationUser> users, IValidator<ResetPasswordModel.InputModel> validator,
    ILogger<ResetPasswordModel> logger) : PageModel
{
    public const string LinkNotValid = "This link does not work for that address: it may be incomplete, used already or more than a day old. Check the address, or ask for a new link.";

    [BindProperty]
    public InputModel Input { get; set; } = new();

    public bool LinkLooksValid { get; private set; }

    public sealed class InputModel
    {
        public string Email { get; set; } = "";
        public string Password { get; set; } = "";
        public string ConfirmPassword { get; set; } = "";
        public string Code { get; set; } = "";
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            RuleFor(i => i.Email).AccountEmail("Enter the email address of your account.");
            RuleFor(i => i.Password).NewPassword("Choose a new password.");
            RuleFor(i => i.ConfirmPassword).Equal(i => i.Password).WithMessage("The two passwords are not the same.");
        }
    }

    public void OnGet(string? code = null)
    {
        LinkLooksValid = AccountMail.TryDecode(code) is not null;
        Input.Code = LinkLooksValid ? code! : "";
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var token = AccountMail.TryDecode(Input.Code);
        LinkLooksValid = token is not null;
        if (token is null)
        {
            return Page();
        }
        (await validator.ValidateAsync(Input)).AddToModelState(ModelState, nameof(Input));
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var user = await users.FindByEmailAsync(Input.Email.Trim());
        var result = user is null ? IdentityResult.Failed(users.ErrorDescriber.InvalidToken()) : await users.ResetPasswordAsync(user, token, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var isToken = error.Code == nameof(IdentityErrorDescriber.InvalidToken);
                ModelState.AddModelError(isToken ? "" : "Input.Password", isToken ? LinkNotValid : error.Description);
            }
            return Page();
        }
        if (!user!.EmailConfirmed)
        {
            user.EmailConfirmed = true;
        }
        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        logger.LogInformation("User {UserId} reset their password", user.Id);
        return RedirectToPage("./ResetPasswordConfirmation");
    }
}
