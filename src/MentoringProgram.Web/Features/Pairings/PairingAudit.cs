namespace MentoringProgram.Web.Features.Pairings;

/// <summary>The audit log's names for what happens to an active pairing, and what each entry is about. Details never
/// hold a member's words, a note or an early-check answer: the coordinators read the audit log.</summary>
public static class PairingAudit
{
    public const string EndRequested = "pairing.end-requested";
    public const string EndRequestTakenBack = "pairing.end-request-taken-back";
    public const string KeptGoing = "pairing.kept-going";
    public const string Dissolved = "pairing.dissolved";
    public const string ReturnedForRematch = "request.returned-for-rematch";
    public const string EarlyCheckAnswered = "pairing.early-check-answered";
    public const string CheckInAnswered = "pairing.check-in-answered";
    public const string PrivateContentDeleted = "pairing.private-content-deleted";

    public static string Subject(int pairingId) => $"pairing:{pairingId}";
}
