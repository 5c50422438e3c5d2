using MentoringProgram.Web.Domain;

namespace MentoringProgram.UnitTests.Domain;

public class PairingEndRequestTests
{
    private const int MenteeId = 4;
    private const int MentorId = 5;
    private static readonly DateOnly Starts = new(2026, 9, 15);
    private static readonly DateTimeOffset Now = new(2026, 10, 20, 9, 0, 0, TimeSpan.Zero);

    private static Pairing Active()
    {
        var offer = new MentorVolunteer(cycleId: 1, staffMemberId: MentorId) { Capacity = 1 };
        offer.Submit(Now.AddMonths(-3));
        offer.Approve();
        var pairing = Pairing.Propose(offer, menteeRequestId: 2, menteeStaffId: MenteeId, Starts, Starts.AddYears(1), null);
        pairing.Start();
        return pairing;
    }

    private static PairingEndRequest Asked(Pairing pairing, int by = MenteeId)
    {
        var request = new PairingEndRequest(pairing.Id);
        request.Ask(pairing, by, EndRequestReason.MismatchedSchedules, "  We never find a free hour.  ", Now);
        return request;
    }

    [Fact]
    public void Ask_ByAMember_OpensTheRequest_WithTheReasonAndTrimmedWords()
    {
        var request = Asked(Active());

        Assert.True(request.IsOpen);
        Assert.Equal(MenteeId, request.RequestedByStaffId);
        Assert.Equal(EndRequestReason.MismatchedSchedules, request.Reason);
        Assert.Equal("We never find a free hour.", request.Message);
        Assert.Equal(Now, request.RequestedAt);
    }

    [Fact]
    public void Ask_WhileOneIsOpen_IsRefused_ForEitherMember()
    {
        var pairing = Active();
        var request = Asked(pairing);

        Assert.Throws<DomainRuleException>(() => request.Ask(pairing, MenteeId, EndRequestReason.Other, null, Now.AddHours(1)));
        var other = Assert.Throws<DomainRuleException>(() => request.Ask(pairing, MentorId, EndRequestReason.Transfer, null, Now.AddHours(1)));
        Assert.Contains("already with the coordinator", other.Message);
        Assert.Equal(MenteeId, request.RequestedByStaffId);
    }

    [Fact]
    public void Ask_ByAStranger_OrForAnInactivePairing_OrWithAnUnknownReasonOrLongWords_IsRefused()
    {
        var pairing = Active();
        var request = new PairingEndRequest(pairing.Id);

        Assert.Throws<DomainRuleException>(() => request.Ask(pairing, 99, EndRequestReason.Other, null, Now));
        Assert.Throws<DomainRuleException>(() => request.Ask(pairing, MenteeId, (EndRequestReason)42, null, Now));
        Assert.Throws<DomainRuleException>(() => request.Ask(pairing, MenteeId, EndRequestReason.Other, new string('w', PairingEndRequest.MessageLength + 1), Now));
        var proposed = Pairing.Propose(ApprovedOffer(), 3, MenteeId, Starts, Starts.AddYears(1), null);
        Assert.Throws<DomainRuleException>(() => new PairingEndRequest(proposed.Id).Ask(proposed, MenteeId, EndRequestReason.Other, null, Now));
        Assert.Equal(EndRequestStatus.None, request.Status);
    }

    [Fact]
    public void TakeBack_ByTheMemberWhoAsked_ClosesIt_AndTheyCanAskAgainLater()
    {
        var pairing = Active();
        var request = Asked(pairing);

        Assert.Throws<DomainRuleException>(() => request.TakeBack(MentorId, Now.AddHours(1)));
        request.TakeBack(MenteeId, Now.AddHours(1));

        Assert.Equal(EndRequestStatus.TakenBack, request.Status);
        Assert.Throws<DomainRuleException>(() => request.TakeBack(MenteeId, Now.AddHours(2)));
        request.Ask(pairing, MentorId, EndRequestReason.Promotion, null, Now.AddDays(3));
        Assert.True(request.IsOpen);
        Assert.Equal(MentorId, request.RequestedByStaffId);
        Assert.Null(request.Message);
    }

    [Fact]
    public void KeepGoing_DecidesTheOpenRequest_WithTheCoordinatorsWord_Once()
    {
        var request = Asked(Active());

        request.KeepGoing("  Let us talk on Monday. ", Now.AddDays(1));

        Assert.Equal(EndRequestStatus.KeptGoing, request.Status);
        Assert.Equal("Let us talk on Monday.", request.CoordinatorWord);
        Assert.Equal(Now.AddDays(1), request.DecidedAt);
        Assert.Throws<DomainRuleException>(() => request.KeepGoing(null, Now.AddDays(2)));
        Assert.Throws<DomainRuleException>(() => request.Grant(Now.AddDays(2)));
    }

    [Fact]
    public void KeepGoing_WithAnOverlongWord_IsRefused_AndLeavesItOpen()
    {
        var request = Asked(Active());

        Assert.Throws<DomainRuleException>(() => request.KeepGoing(new string('w', PairingEndRequest.CoordinatorWordLength + 1), Now));
        Assert.True(request.IsOpen);
    }

    [Fact]
    public void Grant_ClosesTheRequest_SoItCannotBeTakenBack()
    {
        var request = Asked(Active());

        request.Grant(Now.AddDays(1));

        Assert.Equal(EndRequestStatus.Granted, request.Status);
        Assert.Contains("already ended", Assert.Throws<DomainRuleException>(() => request.TakeBack(MenteeId, Now.AddDays(2))).Message);
    }

    private static MentorVolunteer ApprovedOffer()
    {
        var offer = new MentorVolunteer(cycleId: 1, staffMemberId: MentorId) { Capacity = 1 };
        offer.Submit(Now.AddMonths(-3));
        offer.Approve();
        return offer;
    }
}
