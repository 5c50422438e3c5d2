namespace MentoringProgram.Web.Features.Pairings;

/// <summary>The pairing page: the pairing, and its forms as the member last filled them.</summary>
public sealed record PairingPage(PairingDetails.Result Pairing, LogMeeting.Command Form)
{
    public ScheduleMeeting.Command Schedule { get; init; } = new();

    /// <summary>The meeting whose "held" form came back with a message, and what was typed in it.</summary>
    public int? HeldMeetingId { get; init; }

    public MarkMeeting.HeldCommand Held { get; init; } = new();

    /// <summary>The member's private calendar feed address, at the configured public address.</summary>
    public string? FeedUrl { get; init; }
}
