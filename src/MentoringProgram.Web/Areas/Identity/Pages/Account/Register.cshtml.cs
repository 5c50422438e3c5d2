using System.Text;
using FluentValidation;
using FluentValidation.AspNetCore;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.UI.Services;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;

namespace MentoringProgram.Web.Areas.Identity.Pages.Account;

/// <summary>Replaces Identity UI's registration page: validated with FluentValidation, says which email domains
/// are accepted, and never reveals whether an address already has an account.</summary>
[AllowAnonymous]
public sealed class RegisterModel(
    UserManager<ApplicationUser> users,
    IEmailSender emailSender,
    IValidator<RegisterModel.InputModel> validator,
    IOptions<AccountOptions> accounts,
    ILogger<RegisterModel> logger) : PageModel
{
    [BindProperty]
    public InputModel Input { get; set; } = new();

    public IReadOnlyList<string> AllowedDomains => accounts.Value.AllowedEmailDomains;

    public sealed class InputModel
    {
        public string Email { get; set; } = "";
        public string Password { get; set; } = "";
        public string ConfirmPassword { get; set; } = "";
    }

    public sealed class InputValidator : AbstractValidator<InputModel>
    {
        public InputValidator()
        {
            RuleFor(i => i.Email).NotEmpty().WithMessage("Enter your work email address.")
                .EmailAddress().WithMessage("Enter an email address like name@library.edu.")
                .MaximumLength(256).WithMessage("Keep the email under 256 characters.");
            RuleFor(i => i.Password).NotEmpty().WithMessage("Choose a password.")
                .MinimumLength(8).WithMessage("Use at least 8 characters; a few unrelated words make a strong password.")
                .MaximumLength(128).WithMessage("Keep the password under 128 characters.");
            RuleFor(i => i.ConfirmPassword).Equal(i => i.Password).WithMessage("The two passwords are not the same.");
        }
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync()
    {
        (await validator.ValidateAsync(Input)).AddToModelState(ModelState, nameof(Input));
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var email = Input.Email.Trim();
        var existing = await users.FindByEmailAsync(email);
        if (existing is not null)
        {
            // Same answer as a new registration, so the page cannot be used to find out who has an account.
            logger.LogWarning("Registration attempted for an existing account {UserId}", existing.Id);
            return RedirectToPage("RegisterConfirmation", new { email });
        }

        var user = new ApplicationUser { UserName = email, Email = email };
        var result = await users.CreateAsync(user, Input.Password);
        if (!result.Succeeded)
        {
            foreach (var error in result.Errors)
            {
                var field = error.Code.StartsWith("Password", StringComparison.Ordinal) || error.Code == "CommonPassword" ? "Input.Password" : "Input.Email";
                ModelState.AddModelError(field, error.Description);
            }
            return Page();
        }
        logger.LogInformation("New account {UserId} registered", user.Id);
        var code = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GenerateEmailConfirmationTokenAsync(user)));
        var link = Url.Page("/Account/ConfirmEmail", pageHandler: null, values: new { area = "Identity", userId = user.Id, code }, protocol: Request.Scheme)!;
        await emailSender.SendEmailAsync(email, "Confirm your email for the mentoring program",
            $"Welcome to the library's mentoring program. Please confirm your account by <a href='{System.Text.Encodings.Web.HtmlEncoder.Default.Encode(link)}'>clicking here</a>.");
        return RedirectToPage("RegisterConfirmation", new { email });
    }
}
