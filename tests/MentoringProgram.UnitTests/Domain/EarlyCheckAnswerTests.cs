using MentoringProgram.Web.Domain;

namespace MentoringProgram.UnitTests.Domain;

public class EarlyCheckAnswerTests
{
    private static readonly DateOnly Starts = new(2026, 9, 15);
    private static readonly DateTimeOffset Now = new(2026, 10, 20, 9, 0, 0, TimeSpan.Zero);

    private static Pairing Pairing(bool start = true)
    {
        var offer = new MentorVolunteer(cycleId: 1, staffMemberId: 5) { Capacity = 1 };
        offer.Submit(Now.AddMonths(-3));
        offer.Approve();
        var pairing = Web.Domain.Pairing.Propose(offer, 2, 4, Starts, Starts.AddYears(1), null);
        if (start)
        {
            pairing.Start();
        }
        return pairing;
    }

    [Fact]
    public void AMemberAnswers_OnceTheCheckIsDue()
    {
        var answer = EarlyCheckAnswer.Give(Pairing(), 5, [], Starts.AddDays(30), EarlyCheckReply.No, Now);

        Assert.Equal((5, EarlyCheckReply.No, Now), (answer.StaffId, answer.Reply, answer.AnsweredAt));
    }

    [Fact]
    public void BeforeItIsDue_ByAStranger_ForAProposal_OrWithAnUnknownReply_ItIsRefused()
    {
        Assert.Throws<DomainRuleException>(() => EarlyCheckAnswer.Give(Pairing(), 4, [Starts.AddDays(2)], Starts.AddDays(29), EarlyCheckReply.Yes, Now));
        Assert.Throws<DomainRuleException>(() => EarlyCheckAnswer.Give(Pairing(), 99, [], Starts.AddDays(30), EarlyCheckReply.Yes, Now));
        Assert.Throws<DomainRuleException>(() => EarlyCheckAnswer.Give(Pairing(start: false), 4, [], Starts.AddDays(30), EarlyCheckReply.Yes, Now));
        Assert.Throws<DomainRuleException>(() => EarlyCheckAnswer.Give(Pairing(), 4, [], Starts.AddDays(30), (EarlyCheckReply)9, Now));
    }
}
