namespace MentoringProgram.Web.Domain;

/// <summary>Why a member asks to end their pairing early: the reasons seed 002 names for dissolving a peer connection
/// (mismatched personalities or schedules, a promotion, a transfer, significant new duties), and any other.</summary>
public enum EndRequestReason
{
    MismatchedPersonalities = 1,
    MismatchedSchedules = 2,
    Promotion = 3,
    Transfer = 4,
    SignificantNewDuties = 5,
    Other = 6,
}
