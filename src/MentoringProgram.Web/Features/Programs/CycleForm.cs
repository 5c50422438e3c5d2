using FluentValidation;
using MentoringProgram.Web.Features.Shared;
using MentoringProgram.Web.Data;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Programs;

/// <summary>One run of a program: its enrollment window and when the term starts.</summary>
public sealed class CycleForm
{
    public string Name { get; set; } = "";
    public DateOnly? EnrollmentOpens { get; set; }
    public DateOnly? EnrollmentDeadline { get; set; }
    public DateOnly? TermStarts { get; set; }

    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public int? ProgramId { get; set; }

    /// <summary>The enrollment window; call only after validation has required both dates.</summary>
    public Domain.EnrollmentWindow ToWindow() => new(EnrollmentOpens!.Value, EnrollmentDeadline!.Value);

    /// <summary>The cycle being changed, from the route; null when adding one.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public int? CycleId { get; set; }
}

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
