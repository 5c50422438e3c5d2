namespace MentoringProgram.Web.Domain;

/// <summary>A person's entry in one cycle (a request for a mentor or an offer to mentor): the part that
/// enrolling, asking again after withdrawing, and finding the current entry have in common.</summary>
public interface IEnrollmentEntry : IConcurrencyStamped
{
    int Id { get; }
    int CycleId { get; }
    int StaffMemberId { get; }
    DateTimeOffset SubmittedAt { get; }
    bool IsWithdrawn { get; }

    /// <summary>New, or withdrawn and sent again: an enrollment event of its own, with its own mail.</summary>
    bool CanSubmit { get; }

    /// <summary>Whether the person may still change it (a matched request is fixed).</summary>
    bool CanEdit { get; }

    void Submit(DateTimeOffset now);
}
