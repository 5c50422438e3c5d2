using MentoringProgram.Web.Domain;

namespace MentoringProgram.Web.Features.Agreements;

/// <summary>The pair's agreement as one member reads it: the text (for the two of them only) and who has confirmed
/// this version. Null text when nobody has written it yet.</summary>
public sealed record AgreementView(
    int PairingId, bool IAmMentee, string OtherName, PairingStatus PairingStatus, DateOnly TermStarts, DateOnly TermEnds,
    string? Goals, string? MeetingPlan, DateOnly? PlannedUntil, string? Confidentiality, bool OutsideWorkHours, int Version,
    DateTimeOffset? MyConfirmation, DateTimeOffset? TheirConfirmation, bool LastEditedByMe)
{
    public bool IsWritten => Goals is not null;

    public bool IsAgreed => MyConfirmation is not null && TheirConfirmation is not null;

    public bool CanEdit => PairingStatus == PairingStatus.Active;

    public bool CanConfirm => CanEdit && IsWritten && MyConfirmation is null;
}
