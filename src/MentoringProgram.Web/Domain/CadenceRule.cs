using System.Text;

namespace MentoringProgram.Web.Domain;

/// <summary>
/// How often a pair is expected to meet, as consecutive phases from the start of the pairing. Examples from
/// the seed programs: "twice during the first month, then at least once a month"; "every two weeks for the
/// first two months, then once a month for the next four"; "contact every 4-6 weeks".
/// </summary>
public sealed class CadenceRule
{
    public CadenceRule(IEnumerable<CadencePhase> phases)
    {
        Phases = phases.ToList();
        if (Phases.Count == 0)
        {
            throw new ArgumentException("A cadence needs at least one phase.", nameof(phases));
        }
        if (Phases.Any(p => p.Meetings < 1 || p.Every.Count < 1 || p.For is { Count: < 1 }))
        {
            throw new ArgumentException("Every phase needs at least one meeting in a period of at least one week or month.", nameof(phases));
        }
        if (Phases.Take(Phases.Count - 1).Any(p => p.For is null))
        {
            throw new ArgumentException("Only the last phase can run for the rest of the term.", nameof(phases));
        }
    }

    public IReadOnlyList<CadencePhase> Phases { get; }

    public static CadenceRule TwiceFirstMonthThenMonthly { get; } = new([
        new CadencePhase(new Period(1, PeriodUnit.Months), 2, new Period(1, PeriodUnit.Months)),
        new CadencePhase(null, 1, new Period(1, PeriodUnit.Months)),
    ]);

    public static CadenceRule FortnightlyThenMonthly { get; } = new([
        new CadencePhase(new Period(2, PeriodUnit.Months), 1, new Period(2, PeriodUnit.Weeks)),
        new CadencePhase(new Period(4, PeriodUnit.Months), 1, new Period(1, PeriodUnit.Months)),
    ]);

    public static CadenceRule ContactEverySixWeeks { get; } = new([
        new CadencePhase(null, 1, new Period(6, PeriodUnit.Weeks)),
    ]);

    /// <summary>The ends of each period the pair must have met in, with the meetings due by then, in order.</summary>
    public IEnumerable<(DateOnly DueBy, int CumulativeMeetings)> Checkpoints(DateOnly start, DateOnly termEnd)
    {
        var cursor = start;
        var cumulative = 0;
        foreach (var phase in Phases)
        {
            var phaseEnd = phase.For is { } length ? length.AddTo(cursor) : termEnd.AddDays(1);
            while (cursor < phaseEnd && cursor <= termEnd)
            {
                var periodEnd = phase.Every.AddTo(cursor);
                if (periodEnd > phaseEnd)
                {
                    periodEnd = phaseEnd;
                }
                cumulative += phase.Meetings;
                // A period ends the day before the next begins: that is the last day to meet.
                yield return (periodEnd.AddDays(-1), cumulative);
                cursor = periodEnd;
            }
        }
    }

    /// <summary>How many meetings should have happened by the end of <paramref name="asOf"/>.</summary>
    public int MeetingsDueBy(DateOnly start, DateOnly termEnd, DateOnly asOf) =>
        Checkpoints(start, termEnd).TakeWhile(c => c.DueBy < asOf).Select(c => c.CumulativeMeetings).LastOrDefault();

    /// <summary>The next period end on or after <paramref name="asOf"/> (the last day to have met by then) and how many
    /// meetings are due by it in all; null once the term's last checkpoint has passed. Before the start, the first.</summary>
    public (DateOnly DueBy, int CumulativeMeetings)? NextCheckpoint(DateOnly start, DateOnly termEnd, DateOnly asOf)
    {
        foreach (var checkpoint in Checkpoints(start, termEnd))
        {
            if (checkpoint.DueBy >= asOf)
            {
                return checkpoint;
            }
        }
        return null;
    }

    public CadenceStatus Evaluate(DateOnly start, DateOnly termEnd, IReadOnlyCollection<DateOnly> meetings, DateOnly asOf)
    {
        if (asOf < start)
        {
            return CadenceStatus.NotStarted;
        }
        var held = meetings.Count(m => m >= start && m <= asOf);
        return held >= MeetingsDueBy(start, termEnd, asOf) ? CadenceStatus.OnTrack : CadenceStatus.Behind;
    }

    public string Describe()
    {
        var text = new StringBuilder();
        for (var i = 0; i < Phases.Count; i++)
        {
            var phase = Phases[i];
            if (i > 0)
            {
                text.Append(", then ");
            }
            text.Append(phase.Meetings == 1 ? "at least once" : phase.Meetings == 2 ? "at least twice" : $"at least {phase.Meetings} times")
                .Append(" every ").Append(phase.Every);
            if (phase.For is { } length)
            {
                text.Append(i == 0 ? " for the first " : " for the next ").Append(length);
            }
            else if (i > 0)
            {
                text.Append(" for the rest of the term");
            }
        }
        var sentence = text.ToString();
        return char.ToUpperInvariant(sentence[0]) + sentence[1..] + ".";
    }
}
