using FluentValidation;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Programs;

public sealed class CycleFormValidator : AbstractValidator<CycleForm>
{
    public CycleFormValidator(AppDbContext db)
    {
        // Stop at the first failure: the uniqueness query must never see an empty or malformed name.
        RuleFor(c => c.Name).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Name the cycle, e.g. \"2026-27\".")
            .MaximumLength(100).WithMessage("Keep the name under 100 characters.")
            .SingleLine()
            .MustAsync(async (form, name, ct) => form.ProgramId is null
                || !await db.ProgramCycles.AnyAsync(c => c.ProgramId == form.ProgramId && c.Name == (name ?? "").Trim() && c.Id != form.CycleId, ct))
            .WithMessage("This program already has a cycle with that name.");
        RuleFor(c => c.EnrollmentOpens).NotNull().WithMessage("Enter the day enrollment opens.");
        RuleFor(c => c.EnrollmentDeadline).NotNull().WithMessage("Enter the enrollment deadline.")
            .GreaterThanOrEqualTo(c => c.EnrollmentOpens).When(c => c.EnrollmentOpens is not null)
            .WithMessage("The deadline cannot be before enrollment opens.");
        RuleFor(c => c.TermStarts).NotNull().WithMessage("Enter the day the term starts.")
            .GreaterThanOrEqualTo(c => c.EnrollmentOpens).When(c => c.EnrollmentOpens is not null)
            .WithMessage("The term cannot start before enrollment opens.");
    }
}
