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
