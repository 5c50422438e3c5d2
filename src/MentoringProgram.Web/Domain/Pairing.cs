using System.Linq.Expressions;

namespace MentoringProgram.Web.Domain;

/// <summary>A mentor and a mentee in one cycle. Meetings and private notes hang off it (pairing-life issue).</summary>
public class Pairing : IConcurrencyStamped, IAudited
{
    public const int IntroductionNoteLength = 1000;

    private Pairing() { }

    public Pairing(int cycleId, int menteeRequestId, int mentorVolunteerId, int menteeStaffId, int mentorStaffId, DateOnly startsOn, DateOnly endsOn, string? matchReason = null)
    {
        if (menteeStaffId == mentorStaffId)
        {
            throw new DomainRuleException("Someone cannot mentor themselves.");
        }
        if (endsOn < startsOn)
        {
            throw new DomainRuleException("A pairing cannot end before it starts.");
        }
        CycleId = cycleId;
        MenteeRequestId = menteeRequestId;
        MentorVolunteerId = mentorVolunteerId;
        MenteeStaffId = menteeStaffId;
        MentorStaffId = mentorStaffId;
        StartsOn = startsOn;
        EndsOn = endsOn;
        MatchReason = string.IsNullOrWhiteSpace(matchReason) ? null : matchReason.Trim();
    }

    /// <summary>Proposes a mentor for a request: the pairing is made and one of the offer's places taken, together,
    /// whether the coordinator proposes by hand or accepts a bulk draft's row.</summary>
    public static Pairing Propose(MentorVolunteer offer, int menteeRequestId, int menteeStaffId, DateOnly startsOn, DateOnly endsOn, string? matchReason)
    {
        var pairing = new Pairing(offer.CycleId, menteeRequestId, offer.Id, menteeStaffId, offer.StaffMemberId, startsOn, endsOn, matchReason);
        offer.TakePlace();
        return pairing;
    }

    public int Id { get; private set; }
    public int CycleId { get; private set; }
    public ProgramCycle? Cycle { get; private set; }
    public int MenteeRequestId { get; private set; }
    public int MentorVolunteerId { get; private set; }
    public int MenteeStaffId { get; private set; }
    public StaffMember? Mentee { get; private set; }
    public int MentorStaffId { get; private set; }
    public StaffMember? Mentor { get; private set; }
    public PairingStatus Status { get; private set; }
    public DateOnly StartsOn { get; private set; }
    public DateOnly EndsOn { get; private set; }
    public DateOnly? EndedOn { get; private set; }
    public string? EndReason { get; private set; }
    public string? MatchReason { get; private set; }

    /// <summary>The coordinator's optional word to the pair, written when confirming; it goes in both introductions.</summary>
    public string? IntroductionNote { get; private set; }

    public Guid ConcurrencyStamp { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public bool IsLive => IsLiveStatus(Status);

    /// <summary>Holds its mentor's place and its request (the unique index on live pairings uses the same two).</summary>
    public static bool IsLiveStatus(PairingStatus status) => status is PairingStatus.Proposed or PairingStatus.Active;

    /// <summary><see cref="IsLiveStatus"/> for queries.</summary>
    public static Expression<Func<Pairing, bool>> Live { get; } = p => p.Status == PairingStatus.Proposed || p.Status == PairingStatus.Active;

    public bool Involves(int staffMemberId) => MenteeStaffId == staffMemberId || MentorStaffId == staffMemberId;

    public IReadOnlyList<PairingAction> AllowedActions => ActionsAllowed(Status);

    /// <summary>A proposed pair is confirmed (starts) or cancelled; an active one completes its term or ends early.
    /// Completed, dissolved and cancelled are final.</summary>
    public static IReadOnlyList<PairingAction> ActionsAllowed(PairingStatus status) => status switch
    {
        PairingStatus.Proposed => [PairingAction.Start, PairingAction.Cancel],
        PairingStatus.Active => [PairingAction.Complete, PairingAction.Dissolve],
        _ => [],
    };

    /// <summary>The coordinator confirms the proposal: the pair is introduced and the pairing begins.</summary>
    public void Start(string? introductionNote = null)
    {
        Require(PairingAction.Start);
        if (introductionNote?.Trim().Length > IntroductionNoteLength)
        {
            throw new DomainRuleException($"Keep the note to {IntroductionNoteLength:N0} characters or fewer.");
        }
        Status = PairingStatus.Active;
        IntroductionNote = string.IsNullOrWhiteSpace(introductionNote) ? null : introductionNote.Trim();
    }

    /// <summary>The coordinator calls off a proposal that was never confirmed; nobody was told of it.</summary>
    public void Cancel(DateOnly on)
    {
        Require(PairingAction.Cancel);
        Status = PairingStatus.Cancelled;
        EndedOn = on;
    }

    public void Complete(DateOnly on)
    {
        Require(PairingAction.Complete);
        Status = PairingStatus.Completed;
        EndedOn = on;
    }

    public void Dissolve(string reason, DateOnly on)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleException("Say why the pairing is ending.");
        }
        Require(PairingAction.Dissolve);
        Status = PairingStatus.Dissolved;
        EndReason = reason.Trim();
        EndedOn = on;
    }

    private void Require(PairingAction action)
    {
        if (!AllowedActions.Contains(action))
        {
            throw new DomainRuleException(Status switch
            {
                PairingStatus.Completed => "This pairing has completed its term, so it can no longer change.",
                PairingStatus.Dissolved => "This pairing has ended, so it can no longer change.",
                PairingStatus.Cancelled => "This proposed match was cancelled, so it can no longer change.",
                PairingStatus.Active => "This pairing is already confirmed.",
                _ => "This pairing has not been confirmed yet.",
            });
        }
    }
}
