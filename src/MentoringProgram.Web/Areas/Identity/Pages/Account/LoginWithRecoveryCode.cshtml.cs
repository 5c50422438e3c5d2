using FluentValidation;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace MentoringProgram.Web.Areas.Identity.Pages.Account;

/// <summary>The second step of logging in with one of the recovery codes instead of the authenticator app. Each code
/// works once; wrong codes count towards lockout.</summary>
[AllowAnonymous]
public sealed class LoginWithRecoveryCodeModel(
    SignInManager<ApplicationUser> signIn,
    IValidator<LoginWithRecoveryCodeModel.InputModel> validator,
    ILogger<LoginWithRecoveryCodeModel> logger) : SecondStepPageModel<LoginWithRecoveryCodeModel.InputModel>(signIn, validator, logger)
{
    public const string WrongCode = "That recovery code did not work. Each code works only once; try another.";

    protected override string CodeField => "Input.RecoveryCode";

    protected override string WrongCodeMessage => WrongCode;

    protected override string CodeKind => "recovery code";

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

    public Task<IActionResult> OnGetAsync(string? returnUrl = null) => ShowAsync(returnUrl);

    public Task<IActionResult> OnPostAsync(string? returnUrl = null) => SubmitAsync(returnUrl);

    protected override Task<Microsoft.AspNetCore.Identity.SignInResult> SignInAsync(ApplicationUser user) =>
        SignIns.TwoFactorRecoveryCodeSignInAsync(AuthenticatorCodes.NormalizeRecoveryCode(Input.RecoveryCode));
}
