using MentoringProgram.Web.Domain;

namespace MentoringProgram.UnitTests.Domain;

public class MatchWeightsTests
{
    [Fact]
    public void AProgram_RefusesWeightsOutsideZeroToTen_EvenIfAFormLetThemThrough()
    {
        var program = new MentorshipProgram("Weights", ProgramTemplates.All[0].Settings);

        Assert.Throws<ArgumentOutOfRangeException>(() => program.SetMatchWeights(MatchWeights.Default with { Experience = MatchWeights.Highest + 1 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => program.SetMatchWeights(MatchWeights.Default with { SpreadLoad = -1 }));
        Assert.Equal(MatchWeights.Default, program.MatchWeights);
        program.SetMatchWeights(MatchWeights.Default with { SameLocation = MatchWeights.Highest });
        Assert.Equal(MatchWeights.Highest, program.MatchWeights.SameLocation);
    }
}
