using MentoringProgram.Web.Domain;

namespace MentoringProgram.UnitTests.Domain;

public sealed class SmallGroupsTests
{
    private static IReadOnlySet<string> Shown(int minimum, params (string Key, int Size)[] groups) => SmallGroups.Shown(groups, minimum);

    [Fact]
    public void ShowsEveryGroupOfAtLeastTheMinimum() =>
        Assert.Equal(["A", "B", "C"], Shown(5, ("A", 5), ("B", 9), ("C", 20)).Order());

    [Fact]
    public void HoldsBackAGroupUnderTheMinimum_AndTheSmallestOtherSoTheTotalCannotRevealIt()
    {
        // Total 31: showing A (5) and B (25) would give C = 31 - 30 = 1 by subtraction.
        var shown = Shown(5, ("A", 5), ("B", 25), ("C", 1));
        Assert.Equal(["B"], shown);
    }

    [Fact]
    public void TwoSmallGroupsThatTogetherReachTheMinimum_AreHeldBackWithoutTakingAnother() =>
        Assert.Equal(["A"], Shown(5, ("A", 10), ("B", 3), ("C", 2)).Order());

    [Fact]
    public void ShowsNothingWhenEveryoneTogetherIsUnderTheMinimum() =>
        Assert.Empty(Shown(5, ("A", 2), ("B", 2)));

    [Fact]
    public void AGroupOfNoOneIsNeitherShownNorCounted() =>
        Assert.Equal(["A", "B"], Shown(5, ("A", 6), ("B", 7), ("C", 0)).Order());

    [Fact]
    public void AmongEqualSmallestGroups_TheLaterListedIsHeldBack_SoTheOutcomeIsTheSameEveryTime() =>
        Assert.Equal(["A", "C"], Shown(5, ("A", 6), ("B", 6), ("C", 9), ("D", 1)).Order());

    [Fact]
    public void WhenNoGroupReachesTheMinimumWithTheOthers_AllAreHeldBack() =>
        Assert.Empty(Shown(5, ("A", 5), ("B", 1)));

    [Theory]
    [InlineData(4, 5, false)]
    [InlineData(5, 5, true)]
    [InlineData(0, 0, false)]
    public void MayShow_ComparesWithTheMinimum_AndNeverShowsNoOne(int size, int minimum, bool expected) =>
        Assert.Equal(expected, SmallGroups.MayShow(size, minimum));
}
