using FluentValidation;
using MentoringProgram.Web.Features.Shared;

namespace MentoringProgram.Web.Areas.Identity.Pages.Account;

/// <summary>The rules every account form shares, in one place: what an account's address is and what a new password
/// must be. Identity's own password options read the same lengths.</summary>
public static class AccountRules
{
    /// <summary>Length, not composition (ASVS V6.2.1, V6.2.5): at least 8, any characters, long passphrases welcome.</summary>
    public const int MinPasswordLength = 8;
    public const int MaxPasswordLength = 128;
    public const int MaxEmailLength = 256;

    public static IRuleBuilderOptions<T, string> AccountEmail<T>(this IRuleBuilderInitial<T, string> rule, string whenEmpty) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(whenEmpty)
            .MaximumLength(MaxEmailLength).WithMessage($"Keep the email under {MaxEmailLength} characters.")
            .Must(TextRules.IsMailAddress).WithMessage("Enter an email address like name@library.edu.");

    public static IRuleBuilderOptions<T, string> NewPassword<T>(this IRuleBuilderInitial<T, string> rule, string whenEmpty) =>
        rule.Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage(whenEmpty)
            .MinimumLength(MinPasswordLength).WithMessage($"Use at least {MinPasswordLength} characters; a few unrelated words make a strong password.")
            .MaximumLength(MaxPasswordLength).WithMessage($"Keep the password under {MaxPasswordLength} characters.");
}
