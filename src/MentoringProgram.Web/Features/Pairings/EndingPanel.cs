using MentoringProgram.Web.Domain;

namespace MentoringProgram.Web.Features.Pairings;

/// <summary>
/// What a member sees on their pairing page about the early check and ending early: the question "Is this working?"
/// while it is due and they have not answered, their own request to end the pairing (to take it back), and the
/// coordinator's answer to it. A request made by the other member is not read at all (docs/adr/0014). Read with the
/// pairing page's own query (<see cref="PairingDetails"/>).
/// </summary>
public static class EndingPanel
{
    public sealed record OwnRequest(EndRequestStatus Status, EndRequestReason Reason, DateTimeOffset RequestedAt, DateTimeOffset? DecidedAt, string? CoordinatorWord);

    public sealed record Result(int PairingId, bool Active, bool EarlyCheckDue, EarlyCheckReply? MyAnswer, OwnRequest? Mine, string TimeZoneId)
    {
        public bool AskingOpen => Mine?.Status == EndRequestStatus.Open;

        /// <summary>Offered even when the other member has a request open, which this member is not shown: only if they
        /// ask too are they told that a request is already with the coordinator.</summary>
        public bool CanAskToEnd => Active && !AskingOpen;
    }

    /// <summary>The panel from what the pairing page read with the pairing: its status and start, the days of its held
    /// meetings, this member's answer to the early check and this member's own request to end, if any.</summary>
    public static Result Of(int pairingId, PairingStatus status, DateOnly startsOn, IEnumerable<DateOnly> heldOn, EarlyCheckReply? myAnswer,
        OwnRequest? mine, string timeZoneId, DateOnly today) =>
        new(pairingId, status == PairingStatus.Active, EarlyCheck.IsDue(status, startsOn, heldOn, today), myAnswer, mine, timeZoneId);
}
