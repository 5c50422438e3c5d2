namespace MentoringProgram.Web.Features.Staff;

public sealed class ImportViewModel
{
    public string? FileName { get; init; }
    public IReadOnlyList<RosterProblem> Problems { get; init; } = [];
}
