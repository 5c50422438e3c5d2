using MentoringProgram.Testing;

namespace MentoringProgram.IntegrationTests.Infrastructure;

/// <summary>The test helper against RFC 6238's own SHA-1 examples (their 8-digit codes, cut to the 6 digits apps show).</summary>
public sealed class TotpTests
{
    // Base32 of the ASCII key "12345678901234567890" from RFC 6238, appendix B.
    private const string RfcKey = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";

    [Theory]
    [InlineData(59, "287082")]
    [InlineData(1111111109, "081804")]
    [InlineData(1234567890, "005924")]
    [InlineData(2000000000, "279037")]
    public void Code_MatchesTheRfcExamples(long unixSeconds, string expected) =>
        Assert.Equal(expected, Totp.Code(RfcKey, DateTimeOffset.FromUnixTimeSeconds(unixSeconds)));

    [Fact]
    public void Base32Decode_IgnoresCaseAndSpaces() =>
        Assert.Equal("12345678901234567890"u8.ToArray(), Totp.Base32Decode("gezd gnbv gy3t qojq GEZD GNBV GY3T QOJQ"));
}
