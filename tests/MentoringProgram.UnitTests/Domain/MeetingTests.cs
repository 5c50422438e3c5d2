using MentoringProgram.Web.Domain;

namespace MentoringProgram.UnitTests.Domain;

/// <summary>Scheduling a meeting ahead on the program's wall clock, and what becomes of it: held, missed or cancelled.</summary>
public class MeetingTests
{
    private static readonly DateOnly Starts = new(2026, 3, 2);
    private static readonly DateOnly Ends = new(2026, 12, 1);
    private static readonly TimeZoneInfo NewYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");

    /// <summary>Monday 2 March 2026, 09:00 in New York (14:00 UTC, before the clocks spring forward on 8 March).</summary>
    private static readonly DateTimeOffset Now = new(2026, 3, 2, 14, 0, 0, TimeSpan.Zero);

    private const int Mentee = 4;
    private const int Mentor = 5;

    private static Pairing ActivePairing()
    {
        var offer = new MentorVolunteer(cycleId: 1, staffMemberId: Mentor) { Capacity = 1 };
        offer.Submit(Now.AddDays(-30));
        offer.Approve();
        var pairing = Pairing.Propose(offer, menteeRequestId: 2, menteeStaffId: Mentee, Starts, Ends, null);
        pairing.Start();
        return pairing;
    }

    private static Meeting Scheduled(DateTimeOffset startsAt, int minutes = 60) =>
        ActivePairing().ScheduleMeeting(startsAt, minutes, ContactMethods.Video, null, Mentee, Now, NewYork);

    [Fact]
    public void LocalMoment_AfterTheSpringChange_IsFourHoursBehindUtc_BeforeItFive()
    {
        Assert.Equal(new DateTimeOffset(2026, 3, 9, 14, 30, 0, TimeSpan.Zero), LocalMoment.ToInstant(new(2026, 3, 9), new(10, 30), NewYork));
        Assert.Equal(new DateTimeOffset(2026, 3, 6, 15, 30, 0, TimeSpan.Zero), LocalMoment.ToInstant(new(2026, 3, 6), new(10, 30), NewYork));
    }

    [Fact]
    public void LocalMoment_ATimeTheClocksSkip_IsNoInstant_AndATimeTheyPassTwice_IsTheFirst()
    {
        Assert.Null(LocalMoment.ToInstant(new(2026, 3, 8), new(2, 30), NewYork));
        // 01:30 on 1 November happens in daylight time (UTC-4) and again in standard time (UTC-5): the first is meant.
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 5, 30, 0, TimeSpan.Zero), LocalMoment.ToInstant(new(2026, 11, 1), new(1, 30), NewYork));
    }

    [Fact]
    public void ScheduleMeeting_ByEitherMember_StoresTheUtcInstant_TheProgramsDay_ThePlace_AndWaits()
    {
        var pairing = ActivePairing();
        // 21:30 in New York on 10 March is 01:30 UTC on 11 March: the meeting's day is the program's.
        var startsAt = new DateTimeOffset(2026, 3, 11, 1, 30, 0, TimeSpan.Zero);

        var meeting = pairing.ScheduleMeeting(startsAt, 45, ContactMethods.InPerson, "  Room 2, Main Library  ", Mentor, Now, NewYork);

        Assert.Equal((MeetingStatus.Scheduled, startsAt, new DateOnly(2026, 3, 10), 45, "Room 2, Main Library", Mentor),
            (meeting.Status, meeting.StartsAt, meeting.HeldOn, meeting.DurationMinutes, meeting.Place, meeting.LoggedByStaffId));
        Assert.False(meeting.CountsForCadence);
        Assert.Equal([MeetingAction.Cancel], meeting.ActionsAllowed(Now));
        Assert.Null(pairing.ScheduleMeeting(startsAt, 45, ContactMethods.Video, "", Mentee, Now, NewYork).Place);
    }

    [Theory]
    [InlineData("https://meet.example.org/abc-def")]
    [InlineData("http://intranet/rooms/2")]
    [InlineData("Café on the 2nd floor: ask for Ana")]
    [InlineData("Room:3 by the lifts")]
    public void ScheduleMeeting_TakesARoomAnAddressOrAnHttpLink(string place)
    {
        var meeting = ActivePairing().ScheduleMeeting(Now.AddDays(1), 60, ContactMethods.Video, place, Mentee, Now, NewYork);

        Assert.Equal(place, meeting.Place);
        Assert.Equal(place.StartsWith("http", StringComparison.Ordinal), Meeting.LinkIn(place) is not null);
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("ftp://files.example.org/x")]
    [InlineData("zoommtg://zoom.us/join?confno=1")]
    [InlineData("www.example.org/call")]
    [InlineData("data:text/html,<b>hi</b>")]
    public void ScheduleMeeting_RefusesALinkThatIsNotHttpOrHttps(string place)
    {
        var refused = Assert.Throws<DomainRuleException>(() => ActivePairing().ScheduleMeeting(Now.AddDays(1), 60, ContactMethods.Video, place, Mentee, Now, NewYork));
        Assert.Equal("A link must start with https:// or http://.", refused.Message);
        Assert.Null(Meeting.LinkIn(place));
    }

    [Fact]
    public void ScheduleMeeting_RefusesThePast_DaysOutsideTheTerm_AnOddLength_AnUnknownFormat_ALongPlace_AndSomeoneElse()
    {
        var pairing = ActivePairing();
        void Refused(DateTimeOffset startsAt, int minutes = 60, ContactMethods format = ContactMethods.Video, string? place = null, int by = Mentee) =>
            Assert.Throws<DomainRuleException>(() => pairing.ScheduleMeeting(startsAt, minutes, format, place, by, Now, NewYork));

        Refused(Now);
        Refused(Now.AddMinutes(-1));
        // 1 December ends the term: 23:30 that day in New York (04:30 UTC on the 2nd) is in it, midnight after is not.
        Assert.Equal(Ends, pairing.ScheduleMeeting(new DateTimeOffset(2026, 12, 2, 4, 30, 0, TimeSpan.Zero), 60, ContactMethods.Video, null, Mentee, Now, NewYork).HeldOn);
        Refused(new DateTimeOffset(2026, 12, 2, 5, 0, 0, TimeSpan.Zero));
        Refused(Now.AddDays(1), Pairing.ShortestMeetingMinutes - 1);
        Refused(Now.AddDays(1), Pairing.LongestMeetingMinutes + 1);
        Refused(Now.AddDays(1), format: ContactMethods.None);
        Refused(Now.AddDays(1), format: ContactMethods.Video | ContactMethods.Phone);
        Refused(Now.AddDays(1), place: new string('x', Meeting.PlaceLength + 1));
        Refused(Now.AddDays(1), by: 99);
    }

    [Fact]
    public void ScheduleMeeting_BeforeTheTermBegins_IsRefusedForADayBeforeTheStart()
    {
        var pairing = ActivePairing();
        var early = new DateTimeOffset(2026, 3, 1, 15, 0, 0, TimeSpan.Zero);

        var refused = Assert.Throws<DomainRuleException>(() => pairing.ScheduleMeeting(early, 60, ContactMethods.Video, null, Mentee, early.AddDays(-2), NewYork));

        Assert.Equal("Your pairing starts on 2 March 2026: pick that day or later.", refused.Message);
    }

    [Fact]
    public void ScheduleMeeting_OnAnEndedPairing_IsRefused()
    {
        var pairing = ActivePairing();
        pairing.Complete(Starts.AddDays(1), [], DateTimeOffset.UnixEpoch);

        Assert.Throws<DomainRuleException>(() => pairing.ScheduleMeeting(Now.AddDays(3), 60, ContactMethods.Video, null, Mentee, Now, NewYork));
    }

    [Fact]
    public void AScheduledMeeting_IsCancelledBeforeItStarts_AndMarkedHeldOrMissedOnlyOnceItHasStarted()
    {
        var startsAt = Now.AddDays(2);
        var meeting = Scheduled(startsAt);

        Assert.Throws<DomainRuleException>(() => meeting.MarkHeld(60, startsAt.AddMinutes(-1)));
        Assert.Throws<DomainRuleException>(() => meeting.MarkMissed(startsAt.AddMinutes(-1)));
        Assert.Throws<DomainRuleException>(() => meeting.Cancel(startsAt));
        Assert.Equal([MeetingAction.MarkHeld, MeetingAction.MarkMissed], meeting.ActionsAllowed(startsAt));

        meeting.MarkHeld(75, startsAt.AddHours(2));

        Assert.Equal((MeetingStatus.Held, 75, 1), (meeting.Status, meeting.DurationMinutes, meeting.Sequence));
        Assert.True(meeting.CountsForCadence);
        Assert.Empty(meeting.ActionsAllowed(startsAt.AddHours(3)));
        Assert.Throws<DomainRuleException>(() => meeting.MarkMissed(startsAt.AddHours(3)));
        Assert.Throws<DomainRuleException>(() => meeting.MarkHeld(60, startsAt.AddHours(3)));
    }

    [Fact]
    public void MarkHeld_RefusesAnOddLength_AndChangesNothing()
    {
        var startsAt = Now.AddDays(1);
        var meeting = Scheduled(startsAt, minutes: 60);

        Assert.Throws<DomainRuleException>(() => meeting.MarkHeld(Pairing.LongestMeetingMinutes + 1, startsAt.AddHours(1)));

        Assert.Equal((MeetingStatus.Scheduled, 60, 0), (meeting.Status, meeting.DurationMinutes, meeting.Sequence));
    }

    [Fact]
    public void MissedAndCancelled_AreFinal_CountForNothing_AndBumpTheCalendarSequence()
    {
        var missed = Scheduled(Now.AddDays(1));
        var cancelled = Scheduled(Now.AddDays(1));

        missed.MarkMissed(Now.AddDays(2));
        cancelled.Cancel(Now);

        Assert.Equal((MeetingStatus.Missed, 1, false), (missed.Status, missed.Sequence, missed.CountsForCadence));
        Assert.Equal((MeetingStatus.Cancelled, 1, false), (cancelled.Status, cancelled.Sequence, cancelled.CountsForCadence));
        Assert.Throws<DomainRuleException>(() => cancelled.Cancel(Now));
        Assert.Throws<DomainRuleException>(() => cancelled.MarkHeld(60, Now.AddDays(2)));
        Assert.Throws<DomainRuleException>(() => missed.MarkHeld(60, Now.AddDays(2)));
    }

    [Fact]
    public void AMeetingLoggedAfterTheFact_IsHeld_AndCannotBeMarkedOrCancelled()
    {
        var logged = ActivePairing().LogMeeting(Starts, 60, ContactMethods.Phone, Mentee, Starts);

        Assert.Equal((MeetingStatus.Held, null), (logged.Status, logged.StartsAt));
        Assert.Empty(logged.ActionsAllowed(Now));
        var refused = Assert.Throws<DomainRuleException>(() => logged.Cancel(Now));
        Assert.Equal("This meeting was logged as held, so it cannot change.", refused.Message);
    }

    private static readonly int[] ProgramTopics = [11, 12, 13];

    [Fact]
    public void TopicsTicked_OnALoggedMeeting_OrWhenMarkedHeld_AreKept()
    {
        var logged = ActivePairing().LogMeeting(Starts, 60, ContactMethods.Phone, Mentee, Starts, [11, 13], ProgramTopics);
        var scheduled = Scheduled(Now.AddDays(1));
        scheduled.MarkHeld(45, Now.AddDays(1).AddHours(1), [12], ProgramTopics);

        Assert.Equal([11, 13], logged.Topics.Select(t => t.TopicId).Order());
        Assert.Equal([12], scheduled.Topics.Select(t => t.TopicId));
    }

    [Fact]
    public void TopicsOutsideTheProgram_OrTickedTwice_AreRefused_AndNothingChanges()
    {
        var pairing = ActivePairing();
        var outside = Assert.Throws<DomainRuleException>(() => pairing.LogMeeting(Starts, 60, ContactMethods.Phone, Mentee, Starts, [11, 99], ProgramTopics));
        var twice = Assert.Throws<DomainRuleException>(() => pairing.LogMeeting(Starts, 60, ContactMethods.Phone, Mentee, Starts, [11, 11], ProgramTopics));
        var scheduled = Scheduled(Now.AddDays(1));
        Assert.Throws<DomainRuleException>(() => scheduled.MarkHeld(45, Now.AddDays(1).AddHours(1), [99], ProgramTopics));

        Assert.Equal("Choose topics from your program's list.", outside.Message);
        Assert.Equal("Tick each topic once.", twice.Message);
        Assert.Equal((MeetingStatus.Scheduled, 0), (scheduled.Status, scheduled.Topics.Count));
    }

    [Theory]
    [InlineData("complete")]
    [InlineData("dissolve")]
    [InlineData("term-end")]
    public void EveryEnding_CancelsTheMeetingsStillToCome_AndLeavesThoseWhoseTimeHasCome(string ending)
    {
        var offer = new MentorVolunteer(cycleId: 1, staffMemberId: Mentor) { Capacity = 1 };
        offer.Submit(Now.AddDays(-30));
        offer.Approve();
        var pairing = Pairing.Propose(offer, menteeRequestId: 2, menteeStaffId: Mentee, Starts, Ends, null);
        pairing.Start();
        var past = pairing.ScheduleMeeting(Now.AddHours(2), 60, ContactMethods.Video, null, Mentee, Now, NewYork);
        var coming = pairing.ScheduleMeeting(Now.AddDays(9), 60, ContactMethods.Video, null, Mentee, Now, NewYork);
        var held = pairing.LogMeeting(Starts, 60, ContactMethods.Phone, Mentee, Starts);
        var endingAt = Now.AddDays(1);

        switch (ending)
        {
            case "complete":
                pairing.Complete(Starts.AddDays(1), [past, coming, held], endingAt);
                break;
            case "dissolve":
                pairing.Dissolve("Moved to another branch", Starts.AddDays(1), offer, [past, coming, held], endingAt);
                break;
            default:
                Assert.False(pairing.EndTerm(programRenews: false, new TermLength(6, TermUnit.Months), [past, coming, held], endingAt));
                break;
        }

        Assert.Equal((MeetingStatus.Cancelled, 1), (coming.Status, coming.Sequence));
        Assert.Equal(MeetingStatus.Scheduled, past.Status);
        Assert.Equal(MeetingStatus.Held, held.Status);
    }

    [Fact]
    public void AnEndingRefused_CancelsNothing()
    {
        var pairing = ActivePairing();
        var coming = pairing.ScheduleMeeting(Now.AddDays(9), 60, ContactMethods.Video, null, Mentee, Now, NewYork);
        pairing.Complete(Starts.AddDays(1), [], Now);

        Assert.Throws<DomainRuleException>(() => pairing.Complete(Starts.AddDays(2), [coming], Now));
        Assert.Equal(MeetingStatus.Scheduled, coming.Status);
    }
}
