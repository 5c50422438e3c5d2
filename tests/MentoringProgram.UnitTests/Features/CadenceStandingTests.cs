using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Pairings;

namespace MentoringProgram.UnitTests.Features;

public class CadenceStandingTests
{
    private static readonly DateOnly Start = new(2026, 1, 31);
    private static readonly DateOnly TermEnd = new(2026, 12, 31);
    private static readonly CadenceRule Rule = CadenceRule.TwiceFirstMonthThenMonthly;

    [Fact]
    public void BeforeTheStart_IsNotStarted_WithTheFirstCheckpointNext()
    {
        var standing = CadenceStanding.Of(Rule, Start, TermEnd, [], new DateOnly(2026, 1, 20));

        Assert.Equal(("Not started", new DateOnly(2026, 2, 27), 2, 0), (standing.Label, standing.NextDueBy, standing.DueByThen, standing.Held));
        Assert.Equal("2 meetings in all by 27 February 2026", standing.NextDue);
    }

    [Fact]
    public void AfterACheckpointWithTooFewMeetings_IsBehind_AndEnoughIsOnTrack()
    {
        var asOf = new DateOnly(2026, 3, 1);

        Assert.Equal("Behind", CadenceStanding.Of(Rule, Start, TermEnd, [new DateOnly(2026, 2, 3)], asOf).Label);
        var onTrack = CadenceStanding.Of(Rule, Start, TermEnd, [new DateOnly(2026, 2, 3), new DateOnly(2026, 2, 20)], asOf);
        Assert.Equal(("On track", new DateOnly(2026, 3, 27), 3), (onTrack.Label, onTrack.NextDueBy, onTrack.DueByThen));
    }

    [Fact]
    public void OnTrack_WithAMeetingStillOwed_WithinAWeekOfTheCheckpoint_IsDueSoon_AndNotBefore()
    {
        // Two meetings by 27 February; one held so far.
        var held = new[] { new DateOnly(2026, 2, 3) };

        var eightDaysBefore = CadenceStanding.Of(Rule, Start, TermEnd, held, new DateOnly(2026, 2, 19));
        var sevenDaysBefore = CadenceStanding.Of(Rule, Start, TermEnd, held, new DateOnly(2026, 2, 20));
        var bothHeld = CadenceStanding.Of(Rule, Start, TermEnd, [.. held, new DateOnly(2026, 2, 20)], new DateOnly(2026, 2, 24));

        Assert.Equal(("On track", false), (eightDaysBefore.Label, eightDaysBefore.DueSoon));
        Assert.Equal(("Due soon", true, "warn"), (sevenDaysBefore.Label, sevenDaysBefore.DueSoon, sevenDaysBefore.Badge));
        Assert.Equal(("On track", false), (bothHeld.Label, bothHeld.DueSoon));
        Assert.False(CadenceStanding.Of(Rule, Start, TermEnd, [], new DateOnly(2026, 3, 1)).DueSoon); // behind, not due soon
    }

    [Fact]
    public void AfterTheTermsLastCheckpoint_HasNoneLeft()
    {
        var standing = CadenceStanding.Of(Rule, Start, new DateOnly(2026, 3, 31), [], new DateOnly(2026, 4, 2));

        Assert.Null(standing.NextDueBy);
        Assert.Equal("No checkpoint left in this term", standing.NextDue);
    }
}
