namespace MentoringProgram.Web.Features.Staff;

public sealed record RosterParseResult(IReadOnlyList<RosterRow> Rows, IReadOnlyList<RosterProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;
}
