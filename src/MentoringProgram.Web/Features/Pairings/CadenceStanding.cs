using MentoringProgram.Web.Domain;

namespace MentoringProgram.Web.Features.Pairings;

/// <summary>Where a pair stands against its program's cadence today: on track, behind or not started, and the next
/// checkpoint (the last day to have met by, and how many meetings in all are due by it). Dates and counts only.</summary>
public sealed record CadenceStanding(CadenceStatus Status, DateOnly? NextDueBy, int DueByThen, int Held)
{
    public static CadenceStanding Of(CadenceRule rule, DateOnly startsOn, DateOnly endsOn, IReadOnlyCollection<DateOnly> heldOn, DateOnly today)
    {
        var next = rule.NextCheckpoint(startsOn, endsOn, today);
        return new CadenceStanding(rule.Evaluate(startsOn, endsOn, heldOn, today), next?.DueBy, next?.CumulativeMeetings ?? 0, heldOn.Count);
    }

    public string Label => Status switch
    {
        CadenceStatus.OnTrack => "On track",
        CadenceStatus.Behind => "Behind",
        _ => "Not started",
    };

    /// <summary>The badge class the status shows in.</summary>
    public string Badge => Status switch
    {
        CadenceStatus.OnTrack => "ok",
        CadenceStatus.Behind => "warn",
        _ => "muted",
    };

    /// <summary>"3 meetings in all by 4 May 2026", or that the term's checkpoints are behind it.</summary>
    public string NextDue => NextDueBy is { } due
        ? $"{DueByThen} {(DueByThen == 1 ? "meeting" : "meetings")} in all by {due:d MMMM yyyy}"
        : "No checkpoint left in this term";
}
