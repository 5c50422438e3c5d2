namespace MentoringProgram.Web.Features.Agreements;

/// <summary>Audit actions for a pair's agreement. The entry names the pairing and the version, never the text.</summary>
public static class AgreementAudit
{
    public const string Written = "agreement.written";
    public const string Confirmed = "agreement.confirmed";

    public static string Subject(int pairingId) => $"pairing:{pairingId}";
}
