namespace MentoringProgram.Web.Features.Pairings;

/// <summary>The coordinator's pairing page, and its two forms as the coordinator last filled them.</summary>
public sealed record PairingReviewPage(PairingReview.Result Pairing, DissolvePairing.Command Dissolve, KeepPairingGoing.Command Keep);
