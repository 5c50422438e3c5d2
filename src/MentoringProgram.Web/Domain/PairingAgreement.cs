namespace MentoringProgram.Web.Domain;

/// <summary>What the pair agreed at the start (seed 000: "an honest conversation about goals and desired outcomes",
/// realistic timelines, confidentiality, meetings in work hours unless both agree): private to the pair like notes, so
/// it lives in its own table the coordinator's queries never read. Both members confirm the same text: whoever writes
/// or changes it confirms it by saving, and the other is asked to confirm again.</summary>
public class PairingAgreement : IConcurrencyStamped, IAudited
{
    public const int GoalsLength = 4000;
    public const int MeetingPlanLength = 500;
    public const int ConfidentialityLength = 2000;

    private PairingAgreement() { }

    public PairingAgreement(int pairingId) => PairingId = pairingId;

    public int Id { get; private set; }
    public int PairingId { get; private set; }
    public string Goals { get; private set; } = "";

    /// <summary>How often and how the pair will meet, in their words.</summary>
    public string? MeetingFrequency { get; private set; }

    /// <summary>The day the pair plans to meet until, within the term (seed 000: realistic timelines, 6-12 months);
    /// null for the whole term.</summary>
    public DateOnly? PlannedUntil { get; private set; }

    public string? Confidentiality { get; private set; }

    /// <summary>Meetings are in work hours unless both agree otherwise (seed 000); set, they have agreed.</summary>
    public bool OutsideWorkHours { get; private set; }

    /// <summary>Counts the saved versions, so each change's "please confirm" mail has its own key.</summary>
    public int Version { get; private set; }

    public int? LastEditedByStaffId { get; private set; }
    public DateTimeOffset? MenteeAcceptedAt { get; private set; }
    public DateTimeOffset? MentorAcceptedAt { get; private set; }
    public Guid ConcurrencyStamp { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public bool IsAgreed => MenteeAcceptedAt is not null && MentorAcceptedAt is not null;
    public bool CanMenteeConfirm => HasGoals && MenteeAcceptedAt is null;
    public bool CanMentorConfirm => HasGoals && MentorAcceptedAt is null;

    private bool HasGoals => Goals.Length > 0;

    /// <summary>What is wrong with a planned last day, in words, or null. The form's validator says the same.</summary>
    public static string? PlannedUntilProblem(DateOnly? plannedUntil, DateOnly termStarts, DateOnly termEnds) =>
        plannedUntil is { } day && (day < termStarts || day > termEnds)
            ? $"Pick a day within your term, {termStarts:d MMMM yyyy} to {termEnds:d MMMM yyyy}."
            : null;

    /// <summary>Writes the agreement as it now stands. A confirmation is of the text as it stood, so changed text has to
    /// be confirmed again by both; the member who saved it has just confirmed it.</summary>
    public void Edit(string goals, string? meetingFrequency, DateOnly? plannedUntil, string? confidentiality, bool outsideWorkHours,
        Pairing pairing, int editorStaffId, DateTimeOffset now)
    {
        if (pairing.Id != PairingId)
        {
            throw new InvalidOperationException($"Agreement {Id} belongs to pairing {PairingId}, not {pairing.Id}.");
        }
        if (pairing.Status != PairingStatus.Active)
        {
            throw new DomainRuleException("The agreement is written while the pairing is active.");
        }
        if (!pairing.Involves(editorStaffId))
        {
            throw new DomainRuleException("Only the mentee and the mentor write their agreement.");
        }
        if (string.IsNullOrWhiteSpace(goals))
        {
            throw new DomainRuleException("Write down at least one goal for the pairing.");
        }
        if (goals.Trim().Length > GoalsLength || meetingFrequency?.Trim().Length > MeetingPlanLength || confidentiality?.Trim().Length > ConfidentialityLength)
        {
            throw new DomainRuleException("Part of the agreement is too long.");
        }
        if (PlannedUntilProblem(plannedUntil, pairing.StartsOn, pairing.EndsOn) is { } problem)
        {
            throw new DomainRuleException(problem);
        }
        Goals = goals.Trim();
        MeetingFrequency = string.IsNullOrWhiteSpace(meetingFrequency) ? null : meetingFrequency.Trim();
        PlannedUntil = plannedUntil;
        Confidentiality = string.IsNullOrWhiteSpace(confidentiality) ? null : confidentiality.Trim();
        OutsideWorkHours = outsideWorkHours;
        Version++;
        LastEditedByStaffId = editorStaffId;
        MenteeAcceptedAt = null;
        MentorAcceptedAt = null;
        Confirm(pairing, editorStaffId, now);
    }

    /// <summary>A member confirms the agreement as it stands.</summary>
    public void Confirm(Pairing pairing, int staffId, DateTimeOffset now)
    {
        if (pairing.Id != PairingId)
        {
            throw new InvalidOperationException($"Agreement {Id} belongs to pairing {PairingId}, not {pairing.Id}.");
        }
        if (pairing.Status != PairingStatus.Active)
        {
            throw new DomainRuleException("This pairing has ended, so its agreement can no longer change.");
        }
        if (pairing.MenteeStaffId == staffId)
        {
            Require(CanMenteeConfirm, MenteeAcceptedAt);
            MenteeAcceptedAt = now;
        }
        else if (pairing.MentorStaffId == staffId)
        {
            Require(CanMentorConfirm, MentorAcceptedAt);
            MentorAcceptedAt = now;
        }
        else
        {
            throw new DomainRuleException("Only the mentee and the mentor confirm their agreement.");
        }
    }

    private void Require(bool allowed, DateTimeOffset? confirmedAt)
    {
        if (!allowed)
        {
            throw new DomainRuleException(confirmedAt is null
                ? "The agreement has no goals yet, so there is nothing to confirm."
                : "You have already confirmed this agreement.");
        }
    }
}
