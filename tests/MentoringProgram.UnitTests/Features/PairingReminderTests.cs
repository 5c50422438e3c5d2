using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Reminders;

namespace MentoringProgram.UnitTests.Features;

public class PairingReminderTests
{
    private static readonly DateOnly Start = new(2026, 1, 15);
    private static readonly DateOnly End = new(2026, 12, 14);

    private static IReadOnlyList<PairingReminder.Due> On(string day, params string[] held) =>
        PairingReminder.For(42, CadenceRule.TwiceFirstMonthThenMonthly, Start, End, [.. held.Select(DateOnly.Parse)], DateOnly.Parse(day), firstContactDays: 7);

    [Theory]
    [InlineData("2026-01-14")]
    [InlineData("2026-12-15")]
    public void OutsideTheTerm_NobodyIsReminded(string day) => Assert.Empty(On(day));

    [Fact]
    public void TheMentor_IsNudgedToMakeFirstContact_OnTheSeventhDayWithNoMeeting_AndOnlyWhileNoneIsLogged()
    {
        Assert.Empty(On("2026-01-21"));

        var nudge = Assert.Single(On("2026-01-22"));
        Assert.Equal((ReminderKind.FirstContact, false, "first-contact:42"), (nudge.Kind, nudge.ToMentee, nudge.Key));
        Assert.Empty(On("2026-01-22", "2026-01-20"));
    }

    [Fact]
    public void AMeetingDueWithinAWeek_RemindsBoth_KeyedByTheCheckpoint()
    {
        // Twice in the first month: the first checkpoint is 14 February, due soon from 7 February.
        Assert.DoesNotContain(On("2026-02-06", "2026-01-20"), r => r.Kind == ReminderKind.DueSoon);

        var due = On("2026-02-07", "2026-01-20");

        Assert.Equal(2, due.Count);
        Assert.All(due, r => Assert.Equal((ReminderKind.DueSoon, (DateOnly?)new DateOnly(2026, 2, 14), 2, 1), (r.Kind, r.DueBy, r.DueByThen, r.Held)));
        Assert.Equal(["cadence:42:2026-02-14:mentee", "cadence:42:2026-02-14:mentor"], due.Select(r => r.Key));
        Assert.Empty(On("2026-02-07", "2026-01-20", "2026-02-03"));
    }

    [Fact]
    public void APairBehind_IsRemindedOncePerCheckpoint_TheKeyMovingOnWithTheNextOne()
    {
        var behind = On("2026-02-15", "2026-01-20");
        Assert.All(behind, r => Assert.Equal(ReminderKind.Behind, r.Kind));
        Assert.Equal(["cadence:42:2026-03-14:mentee", "cadence:42:2026-03-14:mentor"], behind.Select(r => r.Key));

        // Every day until the next checkpoint has the same key, so the outbox sends it once.
        Assert.Equal(behind.Select(r => r.Key), On("2026-03-10", "2026-01-20").Select(r => r.Key));
        Assert.Equal(["cadence:42:2026-04-14:mentee", "cadence:42:2026-04-14:mentor"], On("2026-03-15", "2026-01-20").Select(r => r.Key));
    }

    [Fact]
    public void APairOnSchedule_IsNeverReminded()
    {
        string[] held = ["2026-01-20", "2026-02-05", "2026-03-01", "2026-04-01"];

        Assert.Empty(On("2026-03-20", held));
        Assert.Empty(On("2026-04-10", held));
    }
}
