using FluentValidation;
using FluentValidation.AspNetCore;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Features.Account;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace MentoringProgram.Web.Areas.Identity.Pages.Account;

/// <summary>
/// Registration that never reveals whether an address already has an account: both paths check the same rules,
/// hash the password once and queue one mail (a confirmation link, or "someone tried to register with your
/// address"), then give the same answer. A new account, its role, its staff profile and its mail are one unit of work.
/// </summary>
[AllowAnonymous]
public sealed class RegisterModel(
    AppDbContext db,
    UserManager<ApplicationUser> users,
    IPasswordHasher<ApplicationUser> hasher,
    AccountMail mail,
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
            RuleFor(i => i.Email).AccountEmail("Enter your work email address.");
            RuleFor(i => i.Password).NewPassword("Choose a password.");
            RuleFor(i => i.ConfirmPassword).Equal(i => i.Password).WithMessage("The two passwords are not the same.");
        }
    }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        (await validator.ValidateAsync(Input, cancellationToken)).AddToModelState(ModelState, nameof(Input));
        if (!ModelState.IsValid)
        {
            return Page();
        }
        var email = Input.Email.Trim();
        var candidate = new ApplicationUser { UserName = email, Email = email };
        // The rules that do not depend on who is registered, checked before looking the address up.
        if (!AddErrors(await ValidateNewAccountAsync(candidate)))
        {
            return Page();
        }

        var existing = await users.FindByEmailAsync(email);
        if (existing is not null)
        {
            hasher.HashPassword(candidate, Input.Password); // the same work as creating the account
            await mail.AlreadyRegisteredAsync(existing.Email!, cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            logger.LogWarning("Registration attempted for an existing account {UserId}", existing.Id);
            return RedirectToPage("RegisterConfirmation");
        }

        var created = await db.InTransactionAsync(async () =>
        {
            var result = await users.CreateAsync(candidate, Input.Password);
            if (result.Succeeded)
            {
                await mail.ConfirmEmailAsync(candidate, cancellationToken);
                await db.SaveChangesAsync(cancellationToken);
            }
            return result;
        }, result => result.Succeeded, cancellationToken);
        if (!AddErrors(created))
        {
            return Page();
        }
        logger.LogInformation("New account {UserId} registered", candidate.Id);
        return RedirectToPage("RegisterConfirmation");
    }

    private async Task<IdentityResult> ValidateNewAccountAsync(ApplicationUser candidate)
    {
        var errors = new List<IdentityError>();
        foreach (var rule in users.UserValidators.OfType<AllowedEmailDomainValidator>())
        {
            errors.AddRange((await rule.ValidateAsync(users, candidate)).Errors);
        }
        foreach (var rule in users.PasswordValidators)
        {
            errors.AddRange((await rule.ValidateAsync(users, candidate, Input.Password)).Errors);
        }
        return errors.Count == 0 ? IdentityResult.Success : IdentityResult.Failed([.. errors]);
    }

    private bool AddErrors(IdentityResult result)
    {
        foreach (var error in result.Errors)
        {
            var field = error.Code.StartsWith("Password", StringComparison.Ordinal) || error.Code == "CommonPassword" ? "Input.Password" : "Input.Email";
            ModelState.AddModelError(field, error.Description);
        }
        return result.Succeeded;
    }
}
