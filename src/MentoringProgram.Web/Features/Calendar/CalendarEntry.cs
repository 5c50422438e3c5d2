using MentoringProgram.Web.Domain;

namespace MentoringProgram.Web.Features.Calendar;

/// <summary>What a calendar is told of one meeting: times, length, place and who meets. Never a note or a topic.</summary>
public sealed record CalendarEntry(
    int MeetingId, int PairingId, MeetingStatus Status, DateTimeOffset? StartsAt, DateOnly HeldOn, int Minutes, string? Place, int Sequence,
    string MenteeName, string MentorName);
