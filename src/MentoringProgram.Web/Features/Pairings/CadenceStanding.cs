using MentoringProgram.Web.Domain;

namespace MentoringProgram.Web.Features.Pairings;

/// <summary>Where a pair stands against its program's cadence today: on track, due soon, behind or not started, and
/// the next checkpoint (the last day to have met by, and how many meetings in all are due by it). Dates and counts only.</summary>
public sealed record CadenceStanding(CadenceStatus Status, DateOnly? NextDueBy, int DueByThen, int Held)
{
    /// <summary>A pair on track that still owes a meeting for a checkpoint this many days away, or fewer, is due soon.</summary>
    public const int DueSoonDays = 7;

    /// <summary>On track so far, but the next checkpoint is within <see cref="DueSoonDays"/> and a meeting is still owed for it.</summary>
    public bool DueSoon { get; init; }

    public static CadenceStanding Of(CadenceRule rule, DateOnly startsOn, DateOnly endsOn, IReadOnlyCollection<DateOnly> heldOn, DateOnly today)
    {
        var next = rule.NextCheckpoint(startsOn, endsOn, today);
        var status = rule.Evaluate(startsOn, endsOn, heldOn, today);
        return new CadenceStanding(status, next?.DueBy, next?.CumulativeMeetings ?? 0, heldOn.Count)
        {
            DueSoon = status == CadenceStatus.OnTrack && next is { } checkpoint
                && checkpoint.DueBy.DayNumber - today.DayNumber <= DueSoonDays && heldOn.Count < checkpoint.CumulativeMeetings,
        };
    }

    public string Label => Status switch
    {
        CadenceStatus.OnTrack when DueSoon => "Due soon",
        CadenceStatus.OnTrack => "On track",
        CadenceStatus.Behind => "Behind",
        _ => "Not started",
    };

    /// <summary>The badge class the status shows in: amber for due soon, red for behind.</summary>
    public string Badge => Status switch
    {
        CadenceStatus.OnTrack when DueSoon => "warn",
        CadenceStatus.OnTrack => "ok",
        CadenceStatus.Behind => "bad",
        _ => "muted",
    };

    /// <summary>"3 meetings in all by 4 May 2026", or that the term's checkpoints are behind it.</summary>
    public string NextDue => NextDueBy is { } due
        ? $"{DueByThen} {(DueByThen == 1 ? "meeting" : "meetings")} in all by {due:d MMMM yyyy}"
        : "No checkpoint left in this term";
}
