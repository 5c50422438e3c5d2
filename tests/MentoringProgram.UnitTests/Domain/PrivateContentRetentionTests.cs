using MentoringProgram.Web.Domain;

namespace MentoringProgram.UnitTests.Domain;

/// <summary>The day a pair's private content is deleted, and the job's inverse of it, month ends and leap days included.</summary>
public class PrivateContentRetentionTests
{
    private static readonly PrivateContentRetention Year = new(PrivateContentRetention.DefaultMonths);

    [Theory]
    [InlineData("2027-03-03", "2028-03-03")]
    [InlineData("2028-02-29", "2029-02-28")]
    [InlineData("2027-01-31", "2028-01-31")]
    public void DeletionDay_IsTheEndDayTwelveMonthsOn_ClampedToTheMonthsEnd(string ended, string deleted) =>
        Assert.Equal(DateOnly.Parse(deleted), Year.DeletionDay(DateOnly.Parse(ended)));

    [Fact]
    public void LastEndedDayDue_AgreesWithDeletionDay_OnEveryDayOfFourYears()
    {
        foreach (var months in new[] { 1, 12, 13 })
        {
            var retention = new PrivateContentRetention(months);
            for (var today = new DateOnly(2028, 1, 1); today < new DateOnly(2032, 1, 1); today = today.AddDays(1))
            {
                var last = retention.LastEndedDayDue(today);
                Assert.True(retention.DeletionDay(last) <= today, $"{months} months, {today}: {last} is not due yet");
                Assert.True(retention.DeletionDay(last.AddDays(1)) > today, $"{months} months, {today}: {last.AddDays(1)} is due too");
            }
        }
    }

    [Fact]
    public void Describe_SaysThePolicyBeforeTheEnd_TheDayOnceEnded_AndWhenItWasDone()
    {
        Assert.Equal("When this pairing ends, your private notes, meeting places and topics, and the words of your agreement are kept for 12 months, then deleted. The dates and number of your meetings are kept.",
            Year.Describe(null));
        Assert.StartsWith("Your private notes, meeting places and topics, and the words of your agreement will be deleted on 3 March 2028, 12 months after this pairing ended.",
            Year.Describe(new DateOnly(2027, 3, 3)));
        Assert.StartsWith("Your private notes, meeting places and topics, and the words of your agreement were deleted on 4 March 2028, 12 months after this pairing ended.",
            Year.Describe(new DateOnly(2027, 3, 3), new DateOnly(2028, 3, 4)));
        Assert.Throws<ArgumentOutOfRangeException>(() => new PrivateContentRetention(0));
    }
}
