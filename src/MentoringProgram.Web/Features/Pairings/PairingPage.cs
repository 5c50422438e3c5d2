namespace MentoringProgram.Web.Features.Pairings;

/// <summary>The pairing page: the pairing, and the meeting form as the member last filled it.</summary>
public sealed record PairingPage(PairingDetails.Result Pairing, LogMeeting.Command Form);
