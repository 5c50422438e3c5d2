using MentoringProgram.Web.Domain;

namespace MentoringProgram.UnitTests.Domain;

public class CadenceRuleTests
{
    private static readonly DateOnly Start = new(2026, 1, 5);
    private static readonly DateOnly TermEnd = new(2026, 12, 31);

    [Fact]
    public void TwiceFirstMonthThenMonthly_ExpectsTwoByEndOfFirstMonthThenOneMore()
    {
        var rule = CadenceRule.TwiceFirstMonthThenMonthly;

        Assert.Equal(0, rule.MeetingsDueBy(Start, TermEnd, new DateOnly(2026, 2, 4)));
        Assert.Equal(2, rule.MeetingsDueBy(Start, TermEnd, new DateOnly(2026, 2, 5)));
        Assert.Equal(3, rule.MeetingsDueBy(Start, TermEnd, new DateOnly(2026, 3, 5)));
    }

    [Fact]
    public void FortnightlyThenMonthly_HasFourFortnightsThenFourMonths()
    {
        var checkpoints = CadenceRule.FortnightlyThenMonthly.Checkpoints(Start, TermEnd).ToList();

        // Two months of fortnights (5 Jan to 5 Mar: 4 full fortnights and a short last one) then four months.
        Assert.Equal(9, checkpoints.Count);
        Assert.Equal(new DateOnly(2026, 1, 18), checkpoints[0].DueBy);
        Assert.Equal(new DateOnly(2026, 3, 4), checkpoints[4].DueBy);
        Assert.Equal(new DateOnly(2026, 7, 4), checkpoints[^1].DueBy);
        Assert.Equal(9, checkpoints[^1].CumulativeMeetings);
    }

    [Fact]
    public void Evaluate_BehindWhenAPeriodPassesWithoutEnoughMeetings()
    {
        var rule = CadenceRule.TwiceFirstMonthThenMonthly;
        var oneMeeting = new[] { new DateOnly(2026, 1, 12) };
        var twoMeetings = new[] { new DateOnly(2026, 1, 12), new DateOnly(2026, 1, 30) };

        Assert.Equal(CadenceStatus.OnTrack, rule.Evaluate(Start, TermEnd, oneMeeting, new DateOnly(2026, 2, 1)));
        Assert.Equal(CadenceStatus.Behind, rule.Evaluate(Start, TermEnd, oneMeeting, new DateOnly(2026, 2, 10)));
        Assert.Equal(CadenceStatus.OnTrack, rule.Evaluate(Start, TermEnd, twoMeetings, new DateOnly(2026, 2, 10)));
        Assert.Equal(CadenceStatus.NotStarted, rule.Evaluate(Start, TermEnd, [], new DateOnly(2026, 1, 1)));
    }

    [Fact]
    public void ContactEverySixWeeks_StopsAtTheEndOfTheTerm()
    {
        var checkpoints = CadenceRule.ContactEverySixWeeks.Checkpoints(Start, new DateOnly(2026, 3, 31)).ToList();

        Assert.Equal([new DateOnly(2026, 2, 15), new DateOnly(2026, 3, 29), new DateOnly(2026, 3, 31)], checkpoints.Select(c => c.DueBy));
    }

    [Fact]
    public void Describe_ReadsAsASentence()
    {
        Assert.Equal("At least twice every month for the first month, then at least once every month for the rest of the term.",
            CadenceRule.TwiceFirstMonthThenMonthly.Describe());
        Assert.Equal("At least once every two weeks for the first 2 months, then at least once every month for the next 4 months.",
            CadenceRule.FortnightlyThenMonthly.Describe());
    }

    [Fact]
    public void Constructor_RefusesAnOpenEndedPhaseBeforeTheLast()
    {
        var phases = new[]
        {
            new CadencePhase(null, 1, new Period(1, PeriodUnit.Months)),
            new CadencePhase(new Period(1, PeriodUnit.Months), 1, new Period(1, PeriodUnit.Months)),
        };

        Assert.Throws<ArgumentException>(() => new CadenceRule(phases));
    }

    [Fact]
    public void NextCheckpoint_FromAMonthEnd_ClampsToTheShorterMonth()
    {
        var rule = CadenceRule.TwiceFirstMonthThenMonthly;
        var start = new DateOnly(2026, 1, 31);
        var termEnd = new DateOnly(2026, 12, 31);

        // 31 January plus a month is 28 February, so the first month's last day to meet is the 27th.
        Assert.Equal((new DateOnly(2026, 2, 27), 2), rule.NextCheckpoint(start, termEnd, new DateOnly(2026, 2, 10)));
        Assert.Equal((new DateOnly(2026, 2, 27), 2), rule.NextCheckpoint(start, termEnd, new DateOnly(2026, 2, 27)));
        Assert.Equal((new DateOnly(2026, 3, 27), 3), rule.NextCheckpoint(start, termEnd, new DateOnly(2026, 2, 28)));
    }

    [Fact]
    public void NextCheckpoint_InALeapYear_CountsThe29thOfFebruary()
    {
        var rule = CadenceRule.TwiceFirstMonthThenMonthly;
        var start = new DateOnly(2028, 1, 31);
        var termEnd = new DateOnly(2028, 12, 31);

        Assert.Equal((new DateOnly(2028, 2, 28), 2), rule.NextCheckpoint(start, termEnd, new DateOnly(2028, 2, 1)));
        Assert.Equal((new DateOnly(2028, 3, 28), 3), rule.NextCheckpoint(start, termEnd, new DateOnly(2028, 2, 29)));
    }

    [Fact]
    public void NextCheckpoint_BeforeTheStart_IsTheFirst_AndAfterTheTerm_IsNone()
    {
        var rule = CadenceRule.ContactEverySixWeeks;
        var termEnd = new DateOnly(2026, 3, 31);

        Assert.Equal((new DateOnly(2026, 2, 15), 1), rule.NextCheckpoint(Start, termEnd, new DateOnly(2025, 12, 1)));
        Assert.Equal((new DateOnly(2026, 3, 31), 3), rule.NextCheckpoint(Start, termEnd, new DateOnly(2026, 3, 30)));
        Assert.Null(rule.NextCheckpoint(Start, termEnd, new DateOnly(2026, 4, 1)));
    }
}
