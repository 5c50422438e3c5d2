using FluentValidation;

namespace MentoringProgram.Web.Features.Enrollment;

public sealed class ConfirmationsValidator : AbstractValidator<IConfirmations>
{
    public ConfirmationsValidator()
    {
        RuleFor(c => c.ReadExpectations).Equal(true).WithMessage("Confirm that you have read the program expectations.");
        RuleFor(c => c.InformedSupervisor).Equal(true).WithMessage("Confirm that you have discussed this with, or told, your supervisor.");
    }
}
