using MentoringProgram.Web.Domain;
using Microsoft.Extensions.Time.Testing;

namespace MentoringProgram.UnitTests.Domain;

/// <summary>A program's day begins at midnight in its own time zone: Honolulu is UTC-10 all year, Auckland is
/// UTC+13 in December (daylight saving).</summary>
public class ProgramTodayTests
{
    private const string Honolulu = "Pacific/Honolulu";
    private const string Auckland = "Pacific/Auckland";

    private static MentorshipProgram ProgramIn(string zone, EnrollmentWindow window)
    {
        var program = new MentorshipProgram("Staff Mentoring", ProgramTemplates.All[0].Settings);
        program.SetTimeZone(zone);
        program.AddCycle("2026-27", window, window.Deadline.AddDays(14));
        return program;
    }

    private static EnrollmentState StateAt(MentorshipProgram program, string instant)
    {
        var today = program.Today(new FakeTimeProvider(DateTimeOffset.Parse(instant)));
        return program.Cycles.Single().Enrollment.StateOn(today);
    }

    private static readonly EnrollmentWindow ClosesOnFirstOfDecember = new(new DateOnly(2026, 11, 1), new DateOnly(2026, 12, 1));

    [Theory]
    [InlineData("2026-12-02T09:59:00Z", EnrollmentState.Open)]   // 23:59 on 1 December in Honolulu
    [InlineData("2026-12-02T10:00:00Z", EnrollmentState.Closed)] // midnight in Honolulu
    public void Enrollment_InHonolulu_StaysOpenUntilLocalMidnight_TenHoursAfterUtcMidnight(string instant, EnrollmentState expected) =>
        Assert.Equal(expected, StateAt(ProgramIn(Honolulu, ClosesOnFirstOfDecember), instant));

    [Theory]
    [InlineData("2026-12-01T10:59:00Z", EnrollmentState.Open)]   // 23:59 on 1 December in Auckland
    [InlineData("2026-12-01T11:00:00Z", EnrollmentState.Closed)] // midnight in Auckland, still 1 December in UTC
    public void Enrollment_InAuckland_ClosesAtLocalMidnight_ThirteenHoursBeforeUtcMidnight(string instant, EnrollmentState expected) =>
        Assert.Equal(expected, StateAt(ProgramIn(Auckland, ClosesOnFirstOfDecember), instant));

    [Theory]
    [InlineData(Auckland, "2026-11-30T10:59:00Z", EnrollmentState.NotYetOpen)]
    [InlineData(Auckland, "2026-11-30T11:00:00Z", EnrollmentState.Open)]
    [InlineData(Honolulu, "2026-12-01T09:59:00Z", EnrollmentState.NotYetOpen)]
    [InlineData(Honolulu, "2026-12-01T10:00:00Z", EnrollmentState.Open)]
    public void Enrollment_OpensAtLocalMidnight(string zone, string instant, EnrollmentState expected) =>
        Assert.Equal(expected, StateAt(ProgramIn(zone, new EnrollmentWindow(new DateOnly(2026, 12, 1), new DateOnly(2026, 12, 20))), instant));

    [Fact]
    public void Today_InUtc_IsTheUtcDate()
    {
        var program = new MentorshipProgram("Staff Mentoring", ProgramTemplates.All[0].Settings);

        Assert.Equal(new DateOnly(2026, 12, 1), program.Today(new FakeTimeProvider(DateTimeOffset.Parse("2026-12-01T23:59:59Z"))));
        Assert.Equal(new DateOnly(2026, 12, 2), program.Today(new FakeTimeProvider(DateTimeOffset.Parse("2026-12-02T00:00:00Z"))));
    }

    [Fact]
    public void MentorEligibility_BeginsOnTheAnniversaryInTheProgramsZone()
    {
        // Hired 2 December 2025, a year required: eligible from 2 December 2026, which starts at 11:00 UTC on the 1st in Auckland.
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-01T11:00:00Z"));
        var hired = new DateOnly(2025, 12, 2);

        Assert.True(Tenure.Evaluate(hired, 12, ProgramIn(Auckland, ClosesOnFirstOfDecember).Today(clock)).IsEligible);
        Assert.False(Tenure.Evaluate(hired, 12, ProgramIn(Honolulu, ClosesOnFirstOfDecember).Today(clock)).IsEligible);
    }

    [Fact]
    public void Cadence_FallsBehindWhenTheLastDayToMeetEndsInTheProgramsZone()
    {
        // Once a month from 1 November: the last day to meet is 30 November. At 05:00 UTC on 1 December it is already
        // 1 December in Auckland (behind) but still 30 November in Honolulu (on track).
        var clock = new FakeTimeProvider(DateTimeOffset.Parse("2026-12-01T05:00:00Z"));
        var cadence = new CadenceRule([new CadencePhase(null, 1, new Period(1, PeriodUnit.Months))]);
        var start = new DateOnly(2026, 11, 1);
        var termEnd = new DateOnly(2027, 10, 31);

        Assert.Equal(CadenceStatus.Behind, cadence.Evaluate(start, termEnd, [], ProgramIn(Auckland, ClosesOnFirstOfDecember).Today(clock)));
        Assert.Equal(CadenceStatus.OnTrack, cadence.Evaluate(start, termEnd, [], ProgramIn(Honolulu, ClosesOnFirstOfDecember).Today(clock)));
    }

    [Fact]
    public void TodayIn_FollowsDaylightSaving()
    {
        // Auckland is UTC+12 in winter: local midnight on 1 July is 12:00 UTC on 30 June.
        var zone = TimeZones.FindOrUtc(Auckland);

        Assert.Equal(new DateOnly(2026, 6, 30), new FakeTimeProvider(DateTimeOffset.Parse("2026-06-30T11:59:00Z")).TodayIn(zone));
        Assert.Equal(new DateOnly(2026, 7, 1), new FakeTimeProvider(DateTimeOffset.Parse("2026-06-30T12:00:00Z")).TodayIn(zone));
    }

    [Fact]
    public void TimeZones_ListIanaIds_WithUtcFirst()
    {
        Assert.Equal(TimeZones.Utc, TimeZones.Ids[0]);
        Assert.Contains(Honolulu, TimeZones.Ids);
        Assert.Contains(Auckland, TimeZones.Ids);
        Assert.True(TimeZones.IsKnown("America/New_York"));
        Assert.False(TimeZones.IsKnown("Mars/Olympus_Mons"));
        Assert.False(TimeZones.IsKnown(null));
    }

    [Fact]
    public void TimeZones_AnUnknownStoredId_ReadsAsUtc() =>
        Assert.Equal(TimeSpan.Zero, TimeZones.FindOrUtc("Mars/Olympus_Mons").BaseUtcOffset);
}
