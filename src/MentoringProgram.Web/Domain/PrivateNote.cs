namespace MentoringProgram.Web.Domain;

/// <summary>What was said: readable by the two members of the pair only. Its own table so access rules,
/// exports and retention treat it apart from everything else.</summary>
public class PrivateNote : IAudited
{
    private PrivateNote() { }

    public PrivateNote(int pairingId, int? meetingId, int authorStaffId, string text)
    {
        PairingId = pairingId;
        MeetingId = meetingId;
        AuthorStaffId = authorStaffId;
        Text = text;
    }

    /// <summary>A member's note on a meeting logged in the same save: the meeting's id is filled in when both are stored.</summary>
    public PrivateNote(Meeting meeting, int authorStaffId, string text)
    {
        PairingId = meeting.PairingId;
        Meeting = meeting;
        AuthorStaffId = authorStaffId;
        Text = text;
    }

    public const int MeetingNoteLength = 4000;

    public int Id { get; private set; }
    public int PairingId { get; private set; }
    public int? MeetingId { get; private set; }
    public Meeting? Meeting { get; private set; }
    public int AuthorStaffId { get; private set; }
    public string Text { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
