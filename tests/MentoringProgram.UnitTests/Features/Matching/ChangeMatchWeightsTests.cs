using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Matching;

namespace MentoringProgram.UnitTests.Features.Matching;

public class ChangeMatchWeightsTests
{
    private static readonly ChangeMatchWeights.Validator Validator = new();

    private static ChangeMatchWeights.Command Typed(string? weight) => new()
    {
        SharedTopics = weight, OutsideDepartment = "3", ContactMethods = "2", Experience = "2", SpreadLoad = "1", SameLocation = "1",
        ConcurrencyStamp = Guid.NewGuid(),
    };

    [Theory]
    [InlineData("0", 0)]
    [InlineData("10", 10)]
    [InlineData(" 7 ", 7)]
    [InlineData("04", 4)]
    public void AWholeNumberFromZeroToTen_IsAWeight(string typed, int weight)
    {
        var command = Typed(typed);

        Assert.True(Validator.Validate(command).IsValid);
        Assert.Equal(weight, command.ToWeights().SharedTopics);
    }

    [Theory]
    [InlineData("-1")]
    [InlineData("11")]
    [InlineData("2.5")]
    [InlineData("1e1")]
    [InlineData("five")]
    [InlineData("99999999999999999999")]
    public void AnythingElse_IsRefusedNextToItsField_InPlainWords(string typed)
    {
        var error = Assert.Single(Validator.Validate(Typed(typed)).Errors);

        Assert.Equal(nameof(ChangeMatchWeights.Command.SharedTopics), error.PropertyName);
        Assert.Equal("Topics in common: a whole number from 0 to 10, where 0 means it is ignored.", error.ErrorMessage);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    public void AnEmptyBox_AsksForAWeight(string? typed)
    {
        var error = Assert.Single(Validator.Validate(Typed(typed)).Errors);

        Assert.Equal("Topics in common: give a weight from 0 to 10; 0 means it is ignored.", error.ErrorMessage);
    }

    [Fact]
    public void EveryWeight_IsOnTheForm_AndRoundTripsThroughIt()
    {
        var weights = new MatchWeights(SharedTopics: 1, OutsideDepartment: 2, ContactMethods: 3, Experience: 4, SpreadLoad: 5, SameLocation: 6);
        var stamp = Guid.NewGuid();

        var command = ChangeMatchWeights.Command.From(weights, stamp);

        Assert.Equal(weights, command.ToWeights());
        Assert.Equal(stamp, command.ConcurrencyStamp);
        Assert.Equal(["1", "2", "3", "4", "5", "6"], ChangeMatchWeights.Fields.Select(f => f.Typed(command)));
        Assert.Equal([1, 2, 3, 4, 5, 6], ChangeMatchWeights.Fields.Select(f => f.Weight(weights)));
        Assert.Equal(typeof(ChangeMatchWeights.Command).GetProperties().Where(p => p.PropertyType == typeof(string)).Select(p => p.Name), ChangeMatchWeights.Fields.Select(f => f.Name));
    }
}
