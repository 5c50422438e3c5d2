namespace MentoringProgram.Web.Features.Staff;

public sealed record RosterProblem(int Line, string Column, string Message);
