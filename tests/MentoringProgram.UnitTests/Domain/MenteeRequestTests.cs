using MentoringProgram.Web.Domain;

namespace MentoringProgram.UnitTests.Domain;

public class MenteeRequestTests
{
    private static readonly DateTimeOffset Now = new(2026, 8, 10, 9, 0, 0, TimeSpan.Zero);

    private static MenteeRequest Request(RequestStatus status)
    {
        var request = new MenteeRequest(1, 2);
        request.Submit(Now);
        if (status == RequestStatus.Matched)
        {
            request.MarkMatched();
        }
        else if (status == RequestStatus.Withdrawn)
        {
            request.Withdraw(Now.AddHours(1));
        }
        return request;
    }

    [Fact]
    public void Submit_ANewRequest_SendsIt()
    {
        var request = new MenteeRequest(1, 2);
        Assert.True(request.CanSubmit);

        request.Submit(Now);

        Assert.Equal(RequestStatus.Submitted, request.Status);
        Assert.Equal(Now, request.SubmittedAt);
    }

    [Fact]
    public void Submit_AgainAfterWithdrawing_SendsItAgain_AndClearsTheWithdrawal()
    {
        var request = Request(RequestStatus.Withdrawn);

        request.Submit(Now.AddDays(1));

        Assert.Equal(RequestStatus.Submitted, request.Status);
        Assert.Null(request.WithdrawnAt);
    }

    [Theory]
    [InlineData(RequestStatus.Submitted)]
    [InlineData(RequestStatus.Matched)]
    public void Submit_ARequestThatIsInOrMatched_IsRefused(RequestStatus from)
    {
        var request = Request(from);

        Assert.Throws<DomainRuleException>(() => request.Submit(Now.AddDays(1)));
        Assert.Equal(from, request.Status);
        Assert.Equal(Now, request.SubmittedAt);
    }

    [Fact]
    public void Withdraw_AWaitingRequest_WithdrawsIt()
    {
        var request = Request(RequestStatus.Submitted);
        Assert.True(request.CanWithdraw);

        request.Withdraw(Now.AddHours(2));

        Assert.Equal(RequestStatus.Withdrawn, request.Status);
        Assert.Equal(Now.AddHours(2), request.WithdrawnAt);
    }

    [Theory]
    [InlineData(RequestStatus.Matched)]
    [InlineData(RequestStatus.Withdrawn)]
    public void Withdraw_AMatchedOrWithdrawnRequest_IsRefused(RequestStatus from)
    {
        var request = Request(from);

        Assert.False(request.CanWithdraw);
        Assert.Throws<DomainRuleException>(() => request.Withdraw(Now.AddDays(1)));
        Assert.Equal(from, request.Status);
    }

    [Fact]
    public void MarkMatched_AWaitingRequest_MatchesIt_AndFixesIt()
    {
        var request = Request(RequestStatus.Submitted);

        request.MarkMatched();

        Assert.Equal(RequestStatus.Matched, request.Status);
        Assert.False(request.CanEdit);
    }

    [Theory]
    [InlineData(RequestStatus.Matched)]
    [InlineData(RequestStatus.Withdrawn)]
    public void MarkMatched_AMatchedOrWithdrawnRequest_IsRefused(RequestStatus from)
    {
        var request = Request(from);

        Assert.False(request.CanMatch);
        Assert.Throws<DomainRuleException>(request.MarkMatched);
        Assert.Equal(from, request.Status);
    }

    [Fact]
    public void ARequestNeverSent_CanBeNeitherWithdrawnNorMatched()
    {
        var request = new MenteeRequest(1, 2);

        Assert.Throws<DomainRuleException>(() => request.Withdraw(Now));
        Assert.Throws<DomainRuleException>(request.MarkMatched);
    }

    [Fact]
    public void ReturnForRematch_AMatchedRequest_WaitsAgainWithPriority_UntilMatchedAgain()
    {
        var request = Request(RequestStatus.Matched);

        request.ReturnForRematch(Now.AddDays(40));

        Assert.Equal(RequestStatus.Submitted, request.Status);
        Assert.True(request.WaitsForRematch);
        Assert.Equal(Now.AddDays(40), request.RematchSince);
        Assert.True(request.CanMatch);
        // Its first submission time stays: the priority comes from the rematch, not from a new place in the queue.
        Assert.Equal(Now, request.SubmittedAt);

        request.MarkMatched();

        Assert.False(request.WaitsForRematch);
        Assert.Null(request.RematchSince);
    }

    [Theory]
    [InlineData(RequestStatus.Submitted)]
    [InlineData(RequestStatus.Withdrawn)]
    public void ReturnForRematch_ARequestNotMatched_IsRefused(RequestStatus status)
    {
        var request = Request(status);

        Assert.Throws<DomainRuleException>(() => request.ReturnForRematch(Now.AddDays(1)));
        Assert.Equal(status, request.Status);
        Assert.Null(request.RematchSince);
    }

    [Fact]
    public void Withdraw_WhileWaitingForARematch_DropsThePriority()
    {
        var request = Request(RequestStatus.Matched);
        request.ReturnForRematch(Now.AddDays(40));

        request.Withdraw(Now.AddDays(41));

        Assert.False(request.WaitsForRematch);
        Assert.Null(request.RematchSince);
    }
}
