using MentoringProgram.Web.Domain;

namespace MentoringProgram.UnitTests.Domain;

public class SignedLinkNonceTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TryUse_WorksOnce()
    {
        var nonce = new SignedLinkNonce(Guid.NewGuid(), "continue-term", "pairing:7", Now.AddDays(21));

        Assert.True(nonce.TryUse(Now));
        Assert.False(nonce.TryUse(Now.AddMinutes(1)));
        Assert.Equal(Now, nonce.UsedAt);
    }

    [Fact]
    public void TryUse_RefusesAnExpiredLink()
    {
        var nonce = new SignedLinkNonce(Guid.NewGuid(), "continue-term", "pairing:7", Now);

        Assert.False(nonce.TryUse(Now.AddSeconds(1)));
        Assert.Null(nonce.UsedAt);
    }

    [Fact]
    public void Program_StartsWithDefaultMatchWeights_AndAValidTimeZone()
    {
        var program = new MentorshipProgram("Weights", ProgramTemplates.All[0].Settings);

        Assert.Equal(MatchWeights.Default, program.MatchWeights);
        Assert.Equal("UTC", program.TimeZoneId);
        Assert.ThrowsAny<TimeZoneNotFoundException>(() => program.SetTimeZone("Not/AZone"));
    }
}
