using FluentValidation;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace MentoringProgram.Web.Areas.Identity.Pages.Account;

/// <summary>The second step of logging in for people with two-factor authentication: a code from their authenticator
/// app. Wrong codes count towards lockout like wrong passwords. Without a password step in progress it sends people
/// back to log in.</summary>
[AllowAnonymous]
public sealed class LoginWith2faModel(
    SignInManager<ApplicationUser> signIn,
    IValidator<LoginWith2faModel.InputModel> validator,
    ILogger<LoginWith2faModel> logger) : SecondStepPageModel<LoginWith2faModel.InputModel>(signIn, validator, logger)
{
    public const string WrongCode = "That code did not work. Enter the newest code your authenticator app shows.";

    public bool RememberMe { get; set; }

    protected override string CodeField => "Input.TwoFactorCode";

    protected override string WrongCodeMessage => WrongCode;

    protected override string CodeKind => "authenticator code";

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

    public Task<IActionResult> OnGetAsync(bool rememberMe = false, string? returnUrl = null)
    {
        RememberMe = rememberMe;
        return ShowAsync(returnUrl);
    }

    public Task<IActionResult> OnPostAsync(bool rememberMe = false, string? returnUrl = null)
    {
        RememberMe = rememberMe;
        return SubmitAsync(returnUrl);
    }

    protected override Task<Microsoft.AspNetCore.Identity.SignInResult> SignInAsync(ApplicationUser user) =>
        SignIns.TwoFactorAuthenticatorSignInAsync(AuthenticatorCodes.Normalize(Input.TwoFactorCode), RememberMe, Input.RememberMachine);
}
