namespace MentoringProgram.Web.Domain;

/// <summary>A person on the library's staff. Exists from a roster import or from registration; linked to a
/// login (UserId) once the person registers with the same work email.</summary>
public class StaffMember : IConcurrencyStamped, IAudited
{
    private StaffMember() { }

    public StaffMember(string fullName, string workEmail)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fullName);
        ArgumentException.ThrowIfNullOrWhiteSpace(workEmail);
        FullName = fullName.Trim();
        WorkEmail = NormalizeEmail(workEmail);
    }

    public int Id { get; private set; }
    public string? UserId { get; private set; }
    public string FullName { get; set; } = "";
    public string WorkEmail { get; private set; } = "";
    public int? DepartmentId { get; set; }
    public Department? Department { get; set; }
    public string? JobTitle { get; set; }
    public DateOnly? HireDate { get; set; }
    public string? SupervisorName { get; set; }
    public string? SupervisorEmail { get; set; }
    public string? Location { get; set; }
    public string? Phone { get; set; }
    public ContactMethods PreferredContact { get; set; }
    public string? Bio { get; set; }
    public string? Expertise { get; set; }
    public string? AvailabilityNotes { get; set; }
    public bool IsActive { get; set; } = true;

    public Guid ConcurrencyStamp { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Names the current private calendar feed: the feed's token carries it, and a reset bumps it, so every
    /// older token stops working at once (docs/adr/0014-calendar-feed-tokens.md). No secret is stored.</summary>
    public int CalendarFeedVersion { get; private set; }

    public void ResetCalendarFeed() => CalendarFeedVersion++;

    public bool HasLogin => UserId is not null;

    public void LinkToLogin(string userId)
    {
        if (UserId is not null && UserId != userId)
        {
            throw new InvalidOperationException("This staff member is already linked to another login.");
        }
        UserId = userId;
    }

    /// <summary>The login is being deleted: the record stays on the roster, waiting for a new registration.</summary>
    public void UnlinkLogin() => UserId = null;

    public static string NormalizeEmail(string email) => email.Trim().ToLowerInvariant();

    /// <summary>Whole months on staff as of a day, or null when the hire date is unknown.</summary>
    public int? MonthsOfService(DateOnly asOf) => HireDate is { } hired ? Tenure.WholeMonthsBetween(hired, asOf) : null;
}
