using MentoringProgram.Web.Domain;

namespace MentoringProgram.UnitTests.Domain;

public class PairingTests
{
    private static readonly DateOnly Starts = new(2026, 9, 15);
    private static readonly DateOnly Ends = new(2027, 9, 14);

    private static readonly DateTimeOffset Now = new(2026, 8, 20, 9, 0, 0, TimeSpan.Zero);

    /// <summary>The offer every pairing here holds a place on: two places, one taken by the pairing.</summary>
    private readonly MentorVolunteer _offer = ApprovedOffer(capacity: 2);

    private static MentorVolunteer ApprovedOffer(int capacity)
    {
        var offer = new MentorVolunteer(cycleId: 1, staffMemberId: 5) { Capacity = capacity };
        offer.Submit(new DateTimeOffset(2026, 8, 1, 9, 0, 0, TimeSpan.Zero));
        offer.Approve();
        return offer;
    }

    private Pairing Ask() => Web.Domain.Pairing.Ask(_offer, menteeRequestId: 2, menteeStaffId: 4, Starts, Ends, "Shares 2 of 3 topics", Now.AddDays(3));

    private Pairing Pairing(PairingStatus status)
    {
        var pairing = Web.Domain.Pairing.Propose(_offer, menteeRequestId: 2, menteeStaffId: 4, Starts, Ends, " Both love cataloguing. ");
        switch (status)
        {
            case PairingStatus.Active:
                pairing.Start();
                break;
            case PairingStatus.Completed:
                pairing.Start();
                pairing.Complete(Ends, [], DateTimeOffset.UnixEpoch);
                break;
            case PairingStatus.Dissolved:
                pairing.Start();
                pairing.Dissolve("Mentor left the library", Starts.AddDays(30), _offer, [], DateTimeOffset.UnixEpoch);
                break;
            case PairingStatus.Cancelled:
                pairing.Cancel(Starts.AddDays(-3), _offer);
                break;
        }
        return pairing;
    }

    [Fact]
    public void ANewPairing_IsProposed_WithItsReason()
    {
        var pairing = Pairing(PairingStatus.Proposed);

        Assert.Equal(PairingStatus.Proposed, pairing.Status);
        Assert.Equal("Both love cataloguing.", pairing.MatchReason);
        Assert.Equal([PairingAction.Start, PairingAction.Cancel], pairing.AllowedActions);
        Assert.True(pairing.IsLive);
    }

    [Fact]
    public void Constructor_RefusesSelfMentoringAndAnEndBeforeTheStart()
    {
        Assert.Throws<DomainRuleException>(() => new Pairing(1, 2, 3, 4, 4, Starts, Ends));
        Assert.Throws<DomainRuleException>(() => new Pairing(1, 2, 3, 4, 5, Ends, Starts));
    }

    [Fact]
    public void Start_AProposedPairing_MakesItActive_WithTheCoordinatorsNote()
    {
        var pairing = Pairing(PairingStatus.Proposed);

        pairing.Start("  You both run book clubs. ");

        Assert.Equal(PairingStatus.Active, pairing.Status);
        Assert.Equal("You both run book clubs.", pairing.IntroductionNote);
        Assert.True(pairing.IsLive);
        Assert.Equal([PairingAction.Complete, PairingAction.Dissolve], pairing.AllowedActions);
    }

    [Fact]
    public void Complete_AnActivePairing_EndsItOnTheDay()
    {
        var pairing = Pairing(PairingStatus.Active);

        pairing.Complete(Ends, [], DateTimeOffset.UnixEpoch);

        Assert.Equal(PairingStatus.Completed, pairing.Status);
        Assert.Equal(Ends, pairing.EndedOn);
        Assert.Empty(pairing.AllowedActions);
    }

    [Fact]
    public void Start_WithANoteLongerThanTheLimit_IsRefused()
    {
        var pairing = Pairing(PairingStatus.Proposed);

        Assert.Throws<DomainRuleException>(() => pairing.Start(new string('x', Web.Domain.Pairing.IntroductionNoteLength + 1)));
        Assert.Equal(PairingStatus.Proposed, pairing.Status);
    }

    [Fact]
    public void Cancel_AProposedPairing_EndsItWithoutADissolution()
    {
        var pairing = Pairing(PairingStatus.Proposed);

        pairing.Cancel(Starts.AddDays(-3), _offer);

        Assert.Equal(PairingStatus.Cancelled, pairing.Status);
        Assert.Equal(0, _offer.PlacesTaken);
        Assert.Equal(Starts.AddDays(-3), pairing.EndedOn);
        Assert.Null(pairing.EndReason);
        Assert.False(pairing.IsLive);
        Assert.Empty(pairing.AllowedActions);
    }

    [Fact]
    public void Dissolve_AnActivePairing_EndsItWithTheReason()
    {
        var pairing = Pairing(PairingStatus.Active);

        Assert.Equal(1, _offer.PlacesTaken);

        pairing.Dissolve("  Schedules never matched ", Starts.AddDays(10), _offer, [], DateTimeOffset.UnixEpoch);

        Assert.Equal(PairingStatus.Dissolved, pairing.Status);
        Assert.Equal("Schedules never matched", pairing.EndReason);
        Assert.Equal(Starts.AddDays(10), pairing.EndedOn);
        // The mentor's place is freed with the pairing, so they can be proposed to someone else.
        Assert.Equal(0, _offer.PlacesTaken);
        Assert.False(pairing.IsLive);
    }

    [Fact]
    public void Dissolve_WithoutAReason_IsRefused()
    {
        var pairing = Pairing(PairingStatus.Active);

        Assert.Throws<DomainRuleException>(() => pairing.Dissolve(" ", Starts, _offer, [], DateTimeOffset.UnixEpoch));
        Assert.Throws<DomainRuleException>(() => pairing.Dissolve(new string('r', Web.Domain.Pairing.EndReasonLength + 1), Starts, _offer, [], DateTimeOffset.UnixEpoch));
        Assert.Equal(PairingStatus.Active, pairing.Status);
        Assert.Equal(1, _offer.PlacesTaken);
    }

    [Fact]
    public void Dissolve_WithAnotherOffer_IsRefused_AndFreesNoPlace()
    {
        var pairing = Pairing(PairingStatus.Active);
        var other = ApprovedOffer(capacity: 1);
        other.TakePlace();
        typeof(MentorVolunteer).GetProperty(nameof(MentorVolunteer.Id))!.SetValue(other, 99);

        Assert.Throws<InvalidOperationException>(() => pairing.Dissolve("Moved away", Starts, other, [], DateTimeOffset.UnixEpoch));
        Assert.Equal(PairingStatus.Active, pairing.Status);
        Assert.Equal(1, other.PlacesTaken);
    }

    [Theory]
    [InlineData(PairingStatus.Active, PairingAction.Start)]
    [InlineData(PairingStatus.Completed, PairingAction.Start)]
    [InlineData(PairingStatus.Dissolved, PairingAction.Start)]
    [InlineData(PairingStatus.Cancelled, PairingAction.Start)]
    [InlineData(PairingStatus.Proposed, PairingAction.Dissolve)]
    [InlineData(PairingStatus.Active, PairingAction.Cancel)]
    [InlineData(PairingStatus.Cancelled, PairingAction.Cancel)]
    [InlineData(PairingStatus.Proposed, PairingAction.Complete)]
    [InlineData(PairingStatus.Completed, PairingAction.Complete)]
    [InlineData(PairingStatus.Dissolved, PairingAction.Complete)]
    [InlineData(PairingStatus.Completed, PairingAction.Dissolve)]
    [InlineData(PairingStatus.Dissolved, PairingAction.Dissolve)]
    public void ARefusedMove_ThrowsAndChangesNothing(PairingStatus from, PairingAction action)
    {
        var pairing = Pairing(from);
        var endedOn = pairing.EndedOn;
        var placesTaken = _offer.PlacesTaken;

        Assert.DoesNotContain(action, pairing.AllowedActions);
        Assert.Throws<DomainRuleException>(() =>
        {
            switch (action)
            {
                case PairingAction.Start:
                    pairing.Start();
                    break;
                case PairingAction.Complete:
                    pairing.Complete(Ends.AddDays(1), [], DateTimeOffset.UnixEpoch);
                    break;
                case PairingAction.Cancel:
                    pairing.Cancel(Ends.AddDays(1), _offer);
                    break;
                default:
                    pairing.Dissolve("Late change", Ends.AddDays(1), _offer, [], DateTimeOffset.UnixEpoch);
                    break;
            }
        });
        Assert.Equal(from, pairing.Status);
        Assert.Equal(endedOn, pairing.EndedOn);
        Assert.Equal(placesTaken, _offer.PlacesTaken);
    }

    [Fact]
    public void Propose_MakesAProposedPairing_AndTakesOneOfTheOffersPlaces_OrNeitherWhenTheOfferIsFull()
    {
        var offer = new MentorVolunteer(cycleId: 1, staffMemberId: 5) { Capacity = 1 };
        offer.Submit(new DateTimeOffset(2026, 8, 1, 9, 0, 0, TimeSpan.Zero));
        offer.Approve();

        var pairing = Web.Domain.Pairing.Propose(offer, menteeRequestId: 2, menteeStaffId: 4, Starts, Ends, "Both love cataloguing.");

        Assert.Equal(PairingStatus.Proposed, pairing.Status);
        Assert.Equal((1, 5), (pairing.CycleId, pairing.MentorStaffId));
        Assert.Equal(1, offer.PlacesTaken);
        Assert.Throws<DomainRuleException>(() => Web.Domain.Pairing.Propose(offer, 3, 6, Starts, Ends, null));
        Assert.Throws<DomainRuleException>(() => Web.Domain.Pairing.Propose(offer, 3, 5, Starts, Ends, null));
        Assert.Equal(1, offer.PlacesTaken);
    }

    [Fact]
    public void AMenteesAsk_IsAProposalWithADueTime_ThatTheMentorCanAlsoDeclineOrLetExpire()
    {
        var ask = Ask();

        Assert.True(ask.IsMenteesAsk);
        Assert.Equal(Now.AddDays(3), ask.AnswerDue);
        Assert.Equal([PairingAction.Start, PairingAction.Cancel, PairingAction.Decline, PairingAction.Expire], ask.AllowedActions);
        Assert.Equal(1, _offer.PlacesTaken);
        Assert.False(Pairing(PairingStatus.Proposed).IsMenteesAsk);
    }

    [Fact]
    public void Accept_BeforeTheDueTime_StartsThePairing_AndKeepsThePlace()
    {
        var ask = Ask();

        ask.Accept(Now.AddDays(3).AddTicks(-1));

        Assert.Equal(PairingStatus.Active, ask.Status);
        Assert.Equal(1, _offer.PlacesTaken);
    }

    [Fact]
    public void Accept_AtOrAfterTheDueTime_IsRefused()
    {
        var ask = Ask();

        Assert.Throws<DomainRuleException>(() => ask.Accept(Now.AddDays(3)));
        Assert.Equal(PairingStatus.Proposed, ask.Status);
        Assert.True(ask.IsOverdue(Now.AddDays(3)));
    }

    [Fact]
    public void Accept_ACoordinatorsProposal_IsRefused_TheCoordinatorConfirmsIt()
    {
        var proposal = Pairing(PairingStatus.Proposed);

        Assert.Throws<DomainRuleException>(() => proposal.Accept(Now));
        Assert.Equal(PairingStatus.Proposed, proposal.Status);
    }

    [Fact]
    public void Decline_EndsTheAsk_AndFreesThePlace()
    {
        var ask = Ask();

        ask.Decline(Now.AddDays(1), Starts.AddDays(-20), _offer);

        Assert.Equal(PairingStatus.Declined, ask.Status);
        Assert.Equal(Starts.AddDays(-20), ask.EndedOn);
        Assert.Equal(0, _offer.PlacesTaken);
        Assert.False(ask.IsLive);
        Assert.Empty(ask.AllowedActions);
    }

    [Fact]
    public void Decline_AtOrAfterTheDueTime_IsRefused_TheAskLapsesInstead()
    {
        var ask = Ask();

        Assert.Throws<DomainRuleException>(() => ask.Decline(Now.AddDays(3), Starts, _offer));
        Assert.Equal((PairingStatus.Proposed, 1), (ask.Status, _offer.PlacesTaken));
    }

    [Fact]
    public void Expire_BeforeTheDueTime_IsRefused_AndAtTheDueTime_FreesThePlace()
    {
        var ask = Ask();

        Assert.Throws<DomainRuleException>(() => ask.Expire(Now.AddDays(3).AddTicks(-1), Starts, _offer));
        Assert.Equal((PairingStatus.Proposed, 1), (ask.Status, _offer.PlacesTaken));

        ask.Expire(Now.AddDays(3), Starts, _offer);

        Assert.Equal((PairingStatus.Expired, 0), (ask.Status, _offer.PlacesTaken));
        Assert.False(ask.IsOverdue(Now.AddDays(10)));
        Assert.Throws<DomainRuleException>(() => ask.Expire(Now.AddDays(10), Starts, _offer));
        Assert.Equal(0, _offer.PlacesTaken);
    }

    [Fact]
    public void DeclineAndExpire_OnACoordinatorsProposal_AreRefused()
    {
        var proposal = Pairing(PairingStatus.Proposed);

        Assert.Throws<DomainRuleException>(() => proposal.Decline(Now, Starts, _offer));
        Assert.Throws<DomainRuleException>(() => proposal.Expire(Now.AddYears(1), Starts, _offer));
        Assert.Equal((PairingStatus.Proposed, 1), (proposal.Status, _offer.PlacesTaken));
    }

    [Fact]
    public void EndingAProposal_WithAnotherOffer_IsRefused_SoNoOtherMentorsPlaceIsFreed()
    {
        var proposal = Pairing(PairingStatus.Proposed);
        var other = ApprovedOffer(capacity: 1);
        other.TakePlace();
        SetId(other, 99);

        Assert.Throws<InvalidOperationException>(() => proposal.Cancel(Starts, other));
        Assert.Equal((PairingStatus.Proposed, 1, 1), (proposal.Status, _offer.PlacesTaken, other.PlacesTaken));
    }

    private static void SetId(MentorVolunteer offer, int id) =>
        typeof(MentorVolunteer).GetProperty(nameof(MentorVolunteer.Id))!.SetValue(offer, id);

    [Fact]
    public void LogMeeting_OnAnActivePairing_ByEitherMember_WithinTheTermUpToToday_RecordsIt()
    {
        var pairing = Pairing(PairingStatus.Active);

        var byMentee = pairing.LogMeeting(Starts, 60, ContactMethods.Video, loggedByStaffId: 4, today: Starts.AddDays(10));
        var byMentor = pairing.LogMeeting(Starts.AddDays(10), Web.Domain.Pairing.LongestMeetingMinutes, ContactMethods.InPerson, loggedByStaffId: 5, today: Starts.AddDays(10));

        Assert.Equal((Starts, 60, ContactMethods.Video, 4), (byMentee.HeldOn, byMentee.DurationMinutes, byMentee.Mode, byMentee.LoggedByStaffId));
        Assert.Equal(5, byMentor.LoggedByStaffId);
    }

    [Theory]
    [InlineData(PairingStatus.Proposed)]
    [InlineData(PairingStatus.Completed)]
    [InlineData(PairingStatus.Dissolved)]
    [InlineData(PairingStatus.Cancelled)]
    public void LogMeeting_OnAPairingThatIsNotActive_IsRefused(PairingStatus status)
    {
        var pairing = Pairing(status);

        Assert.Throws<DomainRuleException>(() => pairing.LogMeeting(Starts.AddDays(1), 60, ContactMethods.Video, 4, Ends.AddDays(1)));
    }

    [Fact]
    public void LogMeeting_RefusesAFutureDay_ADayBeforeTheStart_AnOddLength_NoOrSeveralFormats_AndSomeoneElse()
    {
        var pairing = Pairing(PairingStatus.Active);
        var today = Starts.AddDays(10);

        Assert.Throws<DomainRuleException>(() => pairing.LogMeeting(today.AddDays(1), 60, ContactMethods.Video, 4, today));
        Assert.Throws<DomainRuleException>(() => pairing.LogMeeting(Starts.AddDays(-1), 60, ContactMethods.Video, 4, today));
        Assert.Throws<DomainRuleException>(() => pairing.LogMeeting(today, Web.Domain.Pairing.ShortestMeetingMinutes - 1, ContactMethods.Video, 4, today));
        Assert.Throws<DomainRuleException>(() => pairing.LogMeeting(today, Web.Domain.Pairing.LongestMeetingMinutes + 1, ContactMethods.Video, 4, today));
        Assert.Throws<DomainRuleException>(() => pairing.LogMeeting(today, 60, ContactMethods.None, 4, today));
        Assert.Throws<DomainRuleException>(() => pairing.LogMeeting(today, 60, ContactMethods.Video | ContactMethods.Phone, 4, today));
        Assert.Throws<DomainRuleException>(() => pairing.LogMeeting(today, 60, ContactMethods.Video, 99, today));
    }
}
