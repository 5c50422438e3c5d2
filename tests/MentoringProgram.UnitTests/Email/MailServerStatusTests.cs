using MentoringProgram.Web.Email;

namespace MentoringProgram.UnitTests.Email;

public sealed class MailServerStatusTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void NewStatus_IsReachable_AndMayBeTriedAtOnce()
    {
        var status = MailServerStatus.Reachable();

        Assert.False(status.IsUnreachable);
        Assert.True(status.MayTry(Start));
    }

    [Fact]
    public void RecordUnreachable_KeepsWhenTheOutageBegan_AndWaitsLongerEachTime()
    {
        var status = MailServerStatus.Reachable();

        status.RecordUnreachable(Start, "SocketException: refused");
        var firstWait = status.NextTryAt - Start;
        var later = Start.AddMinutes(5);
        status.RecordUnreachable(later, "SocketException: refused again");

        Assert.Equal(Start, status.UnreachableSince);
        Assert.Equal(2, status.ConsecutiveFailures);
        Assert.Equal("SocketException: refused again", status.LastError);
        Assert.True(status.NextTryAt - later > firstWait);
        Assert.False(status.MayTry(later));
        Assert.True(status.MayTry(status.NextTryAt!.Value));
    }

    [Fact]
    public void RecordReachable_EndsTheOutage()
    {
        var status = MailServerStatus.Reachable();
        status.RecordUnreachable(Start, "TimeoutException: no answer");

        status.RecordReachable();

        Assert.False(status.IsUnreachable);
        Assert.Null(status.NextTryAt);
        Assert.Null(status.LastError);
        Assert.Equal(0, status.ConsecutiveFailures);
        Assert.True(status.MayTry(Start));
    }
}
