namespace MentoringProgram.Web.Domain;

/// <summary>That a meeting happened: dates and counts the coordinator may see.</summary>
public class Meeting : IAudited
{
    private Meeting() { }

    public Meeting(int pairingId, DateOnly heldOn, int durationMinutes, ContactMethods mode, int loggedByStaffId)
    {
        PairingId = pairingId;
        HeldOn = heldOn;
        DurationMinutes = durationMinutes;
        Mode = mode;
        LoggedByStaffId = loggedByStaffId;
    }

    public int Id { get; private set; }
    public int PairingId { get; private set; }
    public DateOnly HeldOn { get; private set; }
    public int DurationMinutes { get; private set; }
    public ContactMethods Mode { get; private set; }
    public int LoggedByStaffId { get; private set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
