using System.Linq.Expressions;

namespace MentoringProgram.Web.Domain;

/// <summary>
/// A meeting of the pair: logged after the fact (held at once), or scheduled ahead for a start instant and later
/// marked held or missed, or cancelled before it starts. Dates, lengths and the place: facts the coordinator may
/// count, though the board shows only dates. What was said lives in <see cref="PrivateNote"/>.
/// </summary>
public class Meeting : IAudited, IConcurrencyStamped
{
    public const int PlaceLength = 300;

    private readonly List<MeetingTopic> _topics = [];

    private Meeting() { }

    /// <summary>A meeting already held, logged after the fact.</summary>
    public Meeting(int pairingId, DateOnly heldOn, int durationMinutes, ContactMethods mode, int loggedByStaffId)
    {
        PairingId = pairingId;
        HeldOn = heldOn;
        DurationMinutes = durationMinutes;
        Mode = mode;
        LoggedByStaffId = loggedByStaffId;
        Status = MeetingStatus.Held;
    }

    /// <summary>A meeting planned for <paramref name="startsAt"/>; <see cref="Pairing.ScheduleMeeting"/> checks the rules.</summary>
    internal Meeting(int pairingId, DateTimeOffset startsAt, DateOnly localDay, int expectedMinutes, ContactMethods mode, string? place, int scheduledByStaffId)
        : this(pairingId, localDay, expectedMinutes, mode, scheduledByStaffId)
    {
        StartsAt = startsAt.ToUniversalTime();
        Place = place;
        Status = MeetingStatus.Scheduled;
    }

    public int Id { get; private set; }
    public int PairingId { get; private set; }

    /// <summary>The day it was held, or for one scheduled ahead, the program's day it starts on.</summary>
    public DateOnly HeldOn { get; private set; }

    /// <summary>The length it lasted, or while scheduled, the length expected.</summary>
    public int DurationMinutes { get; private set; }
    public ContactMethods Mode { get; private set; }

    /// <summary>Who logged it, or who scheduled it.</summary>
    public int LoggedByStaffId { get; private set; }
    public MeetingStatus Status { get; private set; }

    /// <summary>The instant it starts, in UTC, for a meeting scheduled ahead; null for one logged after the fact.</summary>
    public DateTimeOffset? StartsAt { get; private set; }

    /// <summary>A room, an address or an http(s) link; optional.</summary>
    public string? Place { get; private set; }

    /// <summary>The iCalendar SEQUENCE: bumped on every change, so a calendar that imported the meeting takes the change.</summary>
    public int Sequence { get; private set; }

    /// <summary>Two members marking the same meeting at once: the second save fails instead of overwriting the first.</summary>
    public Guid ConcurrencyStamp { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>The program's topics the meeting touched, ticked by the pair when it was logged or marked held. Private
    /// to the pair like notes.</summary>
    public IReadOnlyCollection<MeetingTopic> Topics => _topics;

    public bool CountsForCadence => Status == MeetingStatus.Held;

    /// <summary><see cref="CountsForCadence"/> for queries: only a held meeting counts for the cadence, the early check,
    /// "last met" and the reminders; scheduled, missed and cancelled ones never do.</summary>
    public static Expression<Func<Meeting, bool>> Held { get; } = m => m.Status == MeetingStatus.Held;

    public IReadOnlyList<MeetingAction> ActionsAllowed(DateTimeOffset now) => AllowedActions(Status, StartsAt, now);

    /// <summary>Before it starts a scheduled meeting can be called off; once its time has come, the pair says whether it
    /// happened. Held, missed and cancelled are final, and a meeting logged after the fact was held from the start.</summary>
    public static IReadOnlyList<MeetingAction> AllowedActions(MeetingStatus status, DateTimeOffset? startsAt, DateTimeOffset now) => status switch
    {
        MeetingStatus.Scheduled when now < startsAt => [MeetingAction.Cancel],
        MeetingStatus.Scheduled => [MeetingAction.MarkHeld, MeetingAction.MarkMissed],
        _ => [],
    };

    /// <summary>It happened, and lasted <paramref name="minutes"/>, touching <paramref name="topicIds"/> of the program's
    /// topics: from now on it counts like one logged after the fact.</summary>
    public void MarkHeld(int minutes, DateTimeOffset now, IReadOnlyCollection<int>? topicIds = null, IReadOnlyCollection<int>? programTopicIds = null)
    {
        Require(MeetingAction.MarkHeld, now);
        if (minutes is < Pairing.ShortestMeetingMinutes or > Pairing.LongestMeetingMinutes)
        {
            throw new DomainRuleException(Pairing.MeetingLengthRule);
        }
        SetTopics(topicIds ?? [], programTopicIds ?? []);
        DurationMinutes = minutes;
        MoveTo(MeetingStatus.Held);
    }

    /// <summary>Ticks the topics a held meeting touched: only the program's own topics, each once.</summary>
    internal void SetTopics(IReadOnlyCollection<int> topicIds, IReadOnlyCollection<int> programTopicIds)
    {
        if (TopicsProblem(topicIds, programTopicIds) is { } problem)
        {
            throw new DomainRuleException(problem);
        }
        JoinRows.Sync(_topics, topicIds, t => t.TopicId, id => new MeetingTopic(id));
    }

    /// <summary>What is wrong with the topics ticked for a meeting, in words, or null: each must be one of the program's,
    /// and ticked once. The meeting forms' validators say the same beside the field.</summary>
    public static string? TopicsProblem(IReadOnlyCollection<int> topicIds, IReadOnlyCollection<int> programTopicIds) =>
        topicIds.Any(id => !programTopicIds.Contains(id)) ? "Choose topics from your program's list."
        : topicIds.Distinct().Count() != topicIds.Count ? "Tick each topic once."
        : null;

    public void MarkMissed(DateTimeOffset now)
    {
        Require(MeetingAction.MarkMissed, now);
        MoveTo(MeetingStatus.Missed);
    }

    public void Cancel(DateTimeOffset now)
    {
        Require(MeetingAction.Cancel, now);
        MoveTo(MeetingStatus.Cancelled);
    }

    private void MoveTo(MeetingStatus status)
    {
        Status = status;
        Sequence++;
    }

    private void Require(MeetingAction action, DateTimeOffset now)
    {
        if (ActionsAllowed(now).Contains(action))
        {
            return;
        }
        throw new DomainRuleException(Status switch
        {
            MeetingStatus.Held when StartsAt is null => "This meeting was logged as held, so it cannot change.",
            MeetingStatus.Held => "This meeting is already marked as held.",
            MeetingStatus.Missed => "This meeting is already marked as missed.",
            MeetingStatus.Cancelled => "This meeting was cancelled.",
            _ when action == MeetingAction.Cancel => "This meeting's time has come: mark it held or missed instead.",
            _ => "This meeting has not started yet: you can mark it held or missed from its start time.",
        });
    }

    /// <summary>What is wrong with a place, in words, or null. Text that looks like a link (one word with a scheme,
    /// "zoom:..." or "javascript:...") must be an http or https link, since the page and calendars make it clickable.</summary>
    public static string? PlaceProblem(string? place)
    {
        var text = place?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        if (text.Length > PlaceLength)
        {
            return $"Keep the place to {PlaceLength} characters or fewer.";
        }
        if (LooksLikeLink(text) && LinkIn(text) is null)
        {
            return "A link must start with https:// or http://.";
        }
        return null;
    }

    /// <summary>The place as a link to open, when it is one (http or https only); null for a room or an address.</summary>
    public static Uri? LinkIn(string? place) =>
        place is not null && LooksLikeLink(place.Trim()) && Uri.TryCreate(place.Trim(), UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0
            ? uri
            : null;

    private static bool LooksLikeLink(string text) =>
        !text.Any(char.IsWhiteSpace) && (text.Contains("://", StringComparison.Ordinal) || text.StartsWith("www.", StringComparison.OrdinalIgnoreCase)
            || (Uri.TryCreate(text, UriKind.Absolute, out var uri) && !string.IsNullOrEmpty(uri.Scheme)));
}
