using System.Linq.Expressions;

namespace MentoringProgram.Web.Domain;

/// <summary>A mentor and a mentee in one cycle. Meetings and private notes hang off it (pairing-life issue).</summary>
public class Pairing : IConcurrencyStamped, IAudited
{
    public const int IntroductionNoteLength = 1000;
    public const int EndReasonLength = 1000;
    public const int ShortestMeetingMinutes = 5;
    public const int LongestMeetingMinutes = 480;

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

    /// <summary>A mentee in a mentee-choice program asks a mentor: a proposal like the coordinator's (a place held, the
    /// request taken), which the mentor accepts or declines by <paramref name="answerDue"/>, or which expires.</summary>
    public static Pairing Ask(MentorVolunteer offer, int menteeRequestId, int menteeStaffId, DateOnly startsOn, DateOnly endsOn, string? matchReason, DateTimeOffset answerDue)
    {
        var pairing = Propose(offer, menteeRequestId, menteeStaffId, startsOn, endsOn, matchReason);
        pairing.AnswerDue = answerDue;
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

    /// <summary>Set when the mentee asked this mentor (mentee-choice programs): the mentor answers by then, or the ask
    /// expires. Null when the coordinator proposed the match.</summary>
    public DateTimeOffset? AnswerDue { get; private set; }

    public bool IsMenteesAsk => AnswerDue is not null;

    /// <summary>A mentee's ask still waiting for the mentor's answer, for queries (the mentor's and the mentee's pages,
    /// the coordinator's board, the expiry job).</summary>
    public static Expression<Func<Pairing, bool>> WaitingAsk { get; } = p => p.Status == PairingStatus.Proposed && p.AnswerDue != null;

    /// <summary>Each member's answer to this term's continuation notice; null until they answer. A renewal clears both.</summary>
    public ContinuationChoice? MenteeContinuation { get; private set; }

    public ContinuationChoice? MentorContinuation { get; private set; }

    /// <summary>The day the retention job deleted the pair's private content (docs/adr/0018); null until then. Set by that
    /// job's set-based update only, for an ended pairing, so no state changes through it.</summary>
    public DateOnly? PrivateContentDeletedOn { get; private set; }

    /// <summary>How many times the pair has renewed for another term.</summary>
    public int Renewals { get; private set; }

    public Guid ConcurrencyStamp { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    public bool IsLive => IsLiveStatus(Status);

    /// <summary>Holds its mentor's place and its request (the unique index on live pairings uses the same two).</summary>
    public static bool IsLiveStatus(PairingStatus status) => status is PairingStatus.Proposed or PairingStatus.Active;

    /// <summary><see cref="IsLiveStatus"/> for queries.</summary>
    public static Expression<Func<Pairing, bool>> Live { get; } = p => p.Status == PairingStatus.Proposed || p.Status == PairingStatus.Active;

    public bool Involves(int staffMemberId) => MenteeStaffId == staffMemberId || MentorStaffId == staffMemberId;

    public IReadOnlyList<PairingAction> AllowedActions => ActionsAllowed(Status, IsMenteesAsk);

    /// <summary>A proposed pair is confirmed (starts) or cancelled, and a mentee's ask can also be declined by the mentor
    /// or expire; an active one completes its term or ends early. Everything else is final.</summary>
    public static IReadOnlyList<PairingAction> ActionsAllowed(PairingStatus status, bool menteesAsk) => status switch
    {
        PairingStatus.Proposed when menteesAsk => [PairingAction.Start, PairingAction.Cancel, PairingAction.Decline, PairingAction.Expire],
        PairingStatus.Proposed => [PairingAction.Start, PairingAction.Cancel],
        PairingStatus.Active => [PairingAction.Complete, PairingAction.Dissolve],
        _ => [],
    };

    /// <summary>Whether a mentee's ask has run out of time at <paramref name="now"/>.</summary>
    public bool IsOverdue(DateTimeOffset now) => Status == PairingStatus.Proposed && AnswerDue <= now;

    /// <summary>The coordinator confirms the proposal, or the mentor accepts the mentee's ask (in time): the pair is
    /// introduced and the pairing begins.</summary>
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

    /// <summary>The mentor accepts the mentee's ask before it is due.</summary>
    public void Accept(DateTimeOffset now)
    {
        if (!IsMenteesAsk)
        {
            throw new DomainRuleException("Only a mentee's ask is accepted by the mentor; the coordinator confirms this match.");
        }
        if (IsOverdue(now))
        {
            throw new DomainRuleException("The time to answer this ask has passed, so the mentee may ask someone else.");
        }
        Start();
    }

    /// <summary>A proposal called off before it began, by the coordinator or by the mentee taking back their ask:
    /// the mentor's place is freed and the request waits again.</summary>
    public void Cancel(DateOnly on, MentorVolunteer offer) => End(PairingAction.Cancel, PairingStatus.Cancelled, on, offer);

    /// <summary>The mentor says no to the mentee's ask before it is due; their place is freed. After the due time the
    /// ask lapses instead, so "declined" always means the mentor said so in time.</summary>
    public void Decline(DateTimeOffset now, DateOnly on, MentorVolunteer offer)
    {
        if (IsOverdue(now))
        {
            throw new DomainRuleException("The time to answer this ask has passed, so it lapses on its own.");
        }
        End(PairingAction.Decline, PairingStatus.Declined, on, offer);
    }

    /// <summary>Nobody answered the mentee's ask in time; the mentor's place is freed so the mentee can ask the next.</summary>
    public void Expire(DateTimeOffset now, DateOnly on, MentorVolunteer offer)
    {
        if (Status == PairingStatus.Proposed && !IsOverdue(now))
        {
            throw new DomainRuleException("This ask is not due yet.");
        }
        End(PairingAction.Expire, PairingStatus.Expired, on, offer);
    }

    /// <summary>Ends a pairing and frees the place it held on the offer, together, so no path forgets the place.</summary>
    private void End(PairingAction action, PairingStatus to, DateOnly on, MentorVolunteer offer)
    {
        Require(action);
        if (offer.Id != MentorVolunteerId)
        {
            throw new InvalidOperationException($"Pairing {Id} holds a place on offer {MentorVolunteerId}, not on offer {offer.Id}.");
        }
        offer.ReleasePlace();
        Status = to;
        EndedOn = on;
    }

    /// <summary>The pairing completes its term on <paramref name="on"/>; the meetings still scheduled after
    /// <paramref name="now"/> are cancelled with it, so they leave both members' calendars.</summary>
    public void Complete(DateOnly on, IReadOnlyCollection<Meeting> meetings, DateTimeOffset now)
    {
        Require(PairingAction.Complete);
        CancelComingMeetings(meetings, now);
        Status = PairingStatus.Completed;
        EndedOn = on;
    }

    /// <summary>An ending tidies up: every meeting of this pairing still to come is cancelled (a calendar subscribed to a
    /// member's feed shows it cancelled). One whose time has come stays as it is: the pair may have held it.</summary>
    private void CancelComingMeetings(IReadOnlyCollection<Meeting> meetings, DateTimeOffset now)
    {
        if (meetings.FirstOrDefault(m => m.PairingId != Id) is { } stranger)
        {
            throw new InvalidOperationException($"Meeting {stranger.Id} belongs to pairing {stranger.PairingId}, not {Id}.");
        }
        foreach (var meeting in meetings.Where(m => m.ActionsAllowed(now).Contains(MeetingAction.Cancel)))
        {
            meeting.Cancel(now);
        }
    }

    /// <summary>The coordinator ends an active pairing early, with a reason: the mentor's place on the offer is freed in
    /// the same step (a dissolved pair is never suggested again, so the place goes to someone else).</summary>
    public void Dissolve(string reason, DateOnly on, MentorVolunteer offer, IReadOnlyCollection<Meeting> meetings, DateTimeOffset now)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            throw new DomainRuleException("Say why the pairing is ending.");
        }
        if (reason.Trim().Length > EndReasonLength)
        {
            throw new DomainRuleException($"Keep the reason to {EndReasonLength:N0} characters or fewer.");
        }
        Require(PairingAction.Dissolve);
        CancelComingMeetings(meetings, now);
        End(PairingAction.Dissolve, PairingStatus.Dissolved, on, offer);
        EndReason = reason.Trim();
    }

    /// <summary>Either member records a meeting already held: only while the pairing is active, on a day within its
    /// term up to <paramref name="today"/> (the program's today), with a length and one way of meeting.</summary>
    public Meeting LogMeeting(DateOnly heldOn, int minutes, ContactMethods format, int loggedByStaffId, DateOnly today,
        IReadOnlyCollection<int>? topicIds = null, IReadOnlyCollection<int>? programTopicIds = null)
    {
        RequireMeetingChange(loggedByStaffId);
        if (MeetingDayProblem(heldOn, StartsOn, today) is { } dayProblem)
        {
            throw new DomainRuleException(dayProblem);
        }
        if (minutes is < ShortestMeetingMinutes or > LongestMeetingMinutes)
        {
            throw new DomainRuleException(MeetingLengthRule);
        }
        if (!ContactMethodsExtensions.All.Contains(format))
        {
            throw new DomainRuleException("Choose how you met.");
        }
        var meeting = new Meeting(Id, heldOn, minutes, format, loggedByStaffId);
        meeting.SetTopics(topicIds ?? [], programTopicIds ?? []);
        return meeting;
    }

    /// <summary>Either member plans a meeting ahead: only while the pairing is active, starting after <paramref name="now"/>
    /// on a day of the term (in the program's <paramref name="zone"/>), with an expected length, one way of meeting and
    /// an optional place (an http(s) link when it is a link). It is marked held or missed later, or cancelled.</summary>
    public Meeting ScheduleMeeting(DateTimeOffset startsAt, int minutes, ContactMethods format, string? place, int scheduledByStaffId, DateTimeOffset now, TimeZoneInfo zone)
    {
        RequireMeetingChange(scheduledByStaffId);
        if (ScheduleProblem(startsAt, StartsOn, EndsOn, now, zone) is { } timeProblem)
        {
            throw new DomainRuleException(timeProblem);
        }
        if (minutes is < ShortestMeetingMinutes or > LongestMeetingMinutes)
        {
            throw new DomainRuleException(MeetingLengthRule);
        }
        if (!ContactMethodsExtensions.All.Contains(format))
        {
            throw new DomainRuleException("Choose how you will meet.");
        }
        if (Meeting.PlaceProblem(place) is { } placeProblem)
        {
            throw new DomainRuleException(placeProblem);
        }
        var trimmed = string.IsNullOrWhiteSpace(place) ? null : place.Trim();
        return new Meeting(Id, startsAt, LocalMoment.DayOf(startsAt, zone), minutes, format, trimmed, scheduledByStaffId);
    }

    /// <summary>Meetings are added, marked and cancelled by the pair only, and only while the pairing is active.</summary>
    public void RequireMeetingChange(int staffId)
    {
        if (Status != PairingStatus.Active)
        {
            throw new DomainRuleException("Meetings are logged while the pairing is active.");
        }
        if (!Involves(staffId))
        {
            throw new DomainRuleException("Only the mentee or the mentor logs the pair's meetings.");
        }
    }

    /// <summary>What is wrong with a scheduled meeting's start, in words, or null: after now, on a day of the term in the
    /// program's zone. The schedule form's validator says the same beside the field.</summary>
    public static string? ScheduleProblem(DateTimeOffset startsAt, DateOnly startsOn, DateOnly endsOn, DateTimeOffset now, TimeZoneInfo zone)
    {
        var day = LocalMoment.DayOf(startsAt, zone);
        return startsAt <= now ? "Pick a time still to come: to record a meeting already held, log it below."
            : day < startsOn ? $"Your pairing starts on {startsOn:d MMMM yyyy}: pick that day or later."
            : day > endsOn ? $"Your term ends on {endsOn:d MMMM yyyy}: pick that day or earlier."
            : null;
    }

    /// <summary>What is wrong with a meeting's day, in words, or null: from the pairing's start up to the program's
    /// today. The meeting form's validator says the same beside the field.</summary>
    public static string? MeetingDayProblem(DateOnly heldOn, DateOnly startsOn, DateOnly today) =>
        heldOn > today ? "Log a meeting once it has happened: the day cannot be in the future."
        : heldOn < startsOn ? $"Your pairing started on {startsOn:d MMMM yyyy}: pick that day or later."
        : null;

    public static string MeetingLengthRule { get; } = $"A meeting lasts {ShortestMeetingMinutes} to {LongestMeetingMinutes} minutes.";

    /// <summary>A member answers the continuation question (from a signed link or on the pairing page) while it is open
    /// (<see cref="ContinuationQuestion"/>): either may change their mind until the term ends. Returns whether the answer
    /// changed, so giving the same answer again changes nothing.</summary>
    public bool AnswerContinuation(int staffId, ContinuationChoice choice, DateOnly today)
    {
        if (Status != PairingStatus.Active)
        {
            throw new DomainRuleException("This pairing has already ended, so there is nothing to decide.");
        }
        if (!Enum.IsDefined(choice))
        {
            throw new DomainRuleException("Choose to continue or to end as planned.");
        }
        if (staffId != MenteeStaffId && staffId != MentorStaffId)
        {
            throw new DomainRuleException("Only the mentee and the mentor decide whether to continue.");
        }
        if (ContinuationQuestion.Problem(EndsOn, today) is { } closed)
        {
            throw new DomainRuleException(closed);
        }
        if ((staffId == MenteeStaffId ? MenteeContinuation : MentorContinuation) == choice)
        {
            return false;
        }
        if (staffId == MenteeStaffId)
        {
            MenteeContinuation = choice;
        }
        else
        {
            MentorContinuation = choice;
        }
        return true;
    }

    public bool BothContinue => MenteeContinuation == ContinuationChoice.Continue && MentorContinuation == ContinuationChoice.Continue;

    /// <summary>The term's last day has passed: the pairing renews for another <paramref name="term"/> when both members
    /// chose to continue and the program renews pairings, and completes otherwise (cancelling its meetings still to come).
    /// Returns whether it renewed.</summary>
    public bool EndTerm(bool programRenews, TermLength term, IReadOnlyCollection<Meeting> meetings, DateTimeOffset now)
    {
        Require(PairingAction.Complete);
        if (programRenews && BothContinue)
        {
            EndsOn = term.EndFrom(EndsOn.AddDays(1));
            MenteeContinuation = null;
            MentorContinuation = null;
            Renewals++;
            return true;
        }
        Complete(EndsOn, meetings, now);
        return false;
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
                PairingStatus.Declined => "The mentor declined this ask, so it can no longer change.",
                PairingStatus.Expired => "This ask expired unanswered, so it can no longer change.",
                PairingStatus.Active => "This pairing is already confirmed.",
                _ when action is PairingAction.Decline or PairingAction.Expire => "Only a mentee's ask can be declined or expire.",
                _ => "This pairing has not been confirmed yet.",
            });
        }
    }
}
