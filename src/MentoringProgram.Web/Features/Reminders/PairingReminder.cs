using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Pairings;

namespace MentoringProgram.Web.Features.Reminders;

/// <summary>
/// Who in a pair is reminded of what today, from the pairing's start, its held meetings and the program's cadence: a
/// pure rule, so the job only reads and queues. Each reminder carries the key that makes it once per person and due
/// period (the checkpoint it is about), or once per pairing for the mentor's first-contact nudge.
/// </summary>
public static class PairingReminder
{
    public sealed record Due(ReminderKind Kind, bool ToMentee, string Key, DateOnly? DueBy, int DueByThen, int Held);

    public static IReadOnlyList<Due> For(int pairingId, CadenceRule cadence, DateOnly startsOn, DateOnly endsOn, IReadOnlyCollection<DateOnly> held,
        DateOnly today, int firstContactDays)
    {
        if (today < startsOn || today > endsOn)
        {
            return [];
        }
        var reminders = new List<Due>();
        if (held.Count == 0 && today.DayNumber - startsOn.DayNumber >= firstContactDays)
        {
            reminders.Add(new Due(ReminderKind.FirstContact, false, $"first-contact:{pairingId}", null, 0, 0));
        }
        var standing = CadenceStanding.Of(cadence, startsOn, endsOn, held, today);
        if ((standing.DueSoon || standing.Status == CadenceStatus.Behind) && standing.NextDueBy is { } dueBy)
        {
            var kind = standing.Status == CadenceStatus.Behind ? ReminderKind.Behind : ReminderKind.DueSoon;
            foreach (var toMentee in new[] { true, false })
            {
                reminders.Add(new Due(kind, toMentee, $"cadence:{pairingId}:{dueBy:yyyy-MM-dd}:{(toMentee ? "mentee" : "mentor")}", dueBy, standing.DueByThen, standing.Held));
            }
        }
        return reminders;
    }
}
