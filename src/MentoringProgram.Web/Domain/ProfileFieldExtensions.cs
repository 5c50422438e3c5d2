namespace MentoringProgram.Web.Domain;

public static class ProfileFieldExtensions
{
    public static IReadOnlyList<ProfileField> All { get; } =
        [ProfileField.HireDate, ProfileField.Department, ProfileField.SupervisorName, ProfileField.SupervisorEmail];

    public static string Label(this ProfileField field) => field switch
    {
        ProfileField.HireDate => "Hire date",
        ProfileField.Department => "Department",
        ProfileField.SupervisorName => "Supervisor's name",
        ProfileField.SupervisorEmail => "Supervisor's email",
        _ => field.ToString(),
    };

    /// <summary>What the staff record holds for the field today, as the pages and the audit trail show it.</summary>
    public static string? CurrentValue(this ProfileField field, StaffMember staff) => field switch
    {
        ProfileField.HireDate => staff.HireDate?.ToString("yyyy-MM-dd"),
        ProfileField.Department => staff.Department?.Name,
        ProfileField.SupervisorName => staff.SupervisorName,
        ProfileField.SupervisorEmail => staff.SupervisorEmail,
        _ => null,
    };
}
