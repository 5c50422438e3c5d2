using MentoringProgram.Web.Domain.Matching;

namespace MentoringProgram.UnitTests.Domain.Matching;

public class MatchReasonLinesTests
{
    [Fact]
    public void Join_KeepsOnlyWhatCountedForThePair_AndWhatBothMayRead_AndSplitGivesTheLinesBack()
    {
        MatchReason[] reasons =
        [
            new("Shares 2 of 3 topics: Career planning, Job search", 33, ForThePair: true),
            new("No way of meeting in common (mentee: email; mentor: phone calls)", 0, ForThePair: true),
            new("Has room for 2 more mentees", 4, ForThePair: false),
            new("Same location: Hayden Library", 5, ForThePair: true),
        ];

        var lines = MatchReasonLines.Join(reasons);

        Assert.Equal(["Shares 2 of 3 topics: Career planning, Job search", "Same location: Hayden Library"], MatchReasonLines.Split(lines));
        Assert.Empty(MatchReasonLines.Split(null));
    }
}
