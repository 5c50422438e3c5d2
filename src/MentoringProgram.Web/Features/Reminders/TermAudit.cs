namespace MentoringProgram.Web.Features.Reminders;

/// <summary>Audit actions the pairing jobs write: about a pairing, with no actor (the job did it).</summary>
public static class TermAudit
{
    public const string Completed = "pairing.completed";
    public const string Renewed = "pairing.renewed";
    public const string ContinuationAnswered = "pairing.continuation-answered";

    public static string Subject(int pairingId) => $"pairing:{pairingId}";
}
