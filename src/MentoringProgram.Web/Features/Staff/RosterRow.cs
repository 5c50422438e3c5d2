namespace MentoringProgram.Web.Features.Staff;

/// <summary>One staff member as a roster file describes them; <see cref="Line"/> is the file's line number.</summary>
public sealed record RosterRow(
    int Line,
    string Name,
    string Email,
    string? Department,
    string? JobTitle,
    DateOnly? HireDate,
    string? SupervisorName,
    string? SupervisorEmail,
    string? Location);
