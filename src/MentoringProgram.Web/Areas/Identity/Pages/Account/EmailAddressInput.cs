using FluentValidation;
using MentoringProgram.Web.Features.Shared;

namespace MentoringProgram.Web.Areas.Identity.Pages.Account;

/// <summary>The one-field form of the pages that mail a link to an address (forgot password, resend confirmation).</summary>
public sealed class EmailAddressInput
{
    public string Email { get; set; } = "";

    public sealed class Validator : AbstractValidator<EmailAddressInput>
    {
        public Validator()
        {
            RuleFor(i => i.Email).NotEmpty().WithMessage("Enter your email address.")
                .MaximumLength(256).WithMessage("Keep the email under 256 characters.")
                .MailAddress().WithMessage("Enter an email address like name@library.edu.");
        }
    }
}
