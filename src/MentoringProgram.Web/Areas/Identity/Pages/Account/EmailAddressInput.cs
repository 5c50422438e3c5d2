using FluentValidation;

namespace MentoringProgram.Web.Areas.Identity.Pages.Account;

/// <summary>The one-field form of the pages that mail a link to an address (forgot password, resend confirmation).</summary>
public sealed class EmailAddressInput
{
    public string Email { get; set; } = "";

    public sealed class Validator : AbstractValidator<EmailAddressInput>
    {
        public Validator()
        {
            RuleFor(i => i.Email).AccountEmail("Enter your email address.");
        }
    }
}
