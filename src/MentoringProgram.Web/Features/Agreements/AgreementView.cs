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

    /// <summary>The agreement (null when nobody has written it) as the member <paramref name="staffId"/> reads it.</summary>
    public static AgreementView Of(int staffId, int pairingId, int menteeStaffId, string menteeName, string mentorName, PairingStatus status,
        DateOnly startsOn, DateOnly endsOn, PairingAgreement? a)
    {
        var iAmMentee = menteeStaffId == staffId;
        return new AgreementView(pairingId, iAmMentee, iAmMentee ? mentorName : menteeName, status, startsOn, endsOn,
            a?.Goals, a?.MeetingFrequency, a?.PlannedUntil, a?.Confidentiality, a?.OutsideWorkHours ?? false, a?.Version ?? 0,
            iAmMentee ? a?.MenteeAcceptedAt : a?.MentorAcceptedAt, iAmMentee ? a?.MentorAcceptedAt : a?.MenteeAcceptedAt,
            a?.LastEditedByStaffId == staffId);
    }
}
