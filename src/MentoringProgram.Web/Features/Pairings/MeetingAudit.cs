namespace MentoringProgram.Web.Features.Pairings;

/// <summary>The audit log's names for what happens to a pair's meetings and calendar feed. Entries carry ids, times and
/// lengths only: never a note, a place or a feed token.</summary>
public static class MeetingAudit
{
    public const string Scheduled = "meeting.scheduled";
    public const string MarkedHeld = "meeting.held";
    public const string MarkedMissed = "meeting.missed";
    public const string Cancelled = "meeting.cancelled";
    public const string FeedReset = "calendar-feed.reset";

    public static string Subject(int pairingId) => $"pairing:{pairingId}";

    public static string StaffSubject(int staffId) => $"staff:{staffId}";
}
