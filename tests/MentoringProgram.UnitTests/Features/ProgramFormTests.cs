using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Programs;

namespace MentoringProgram.UnitTests.Features;

public class ProgramFormTests
{
    [Theory]
    [MemberData(nameof(Templates))]
    public void Template_RoundTripsThroughTheForm(string key)
    {
        var template = ProgramTemplates.Find(key)!;

        var settings = ProgramForm.From(template.Name, template.Settings, [1, 2], active: true).WithPhaseRows().ToSettings();

        Assert.Equal(template.Settings.Cadence.Phases, settings.Cadence.Phases);
        Assert.Equal(template.Settings with { Cadence = settings.Cadence }, settings);
    }

    public static TheoryData<string> Templates => new(ProgramTemplates.All.Select(t => t.Key));

    [Fact]
    public void EmptyRows_AreIgnored_AndAnEmptyForOnTheLastRowMeansTheRestOfTheTerm()
    {
        var form = new ProgramForm
        {
            Phases =
            [
                new CadencePhaseForm { Meetings = 1, EveryCount = 2, EveryUnit = PeriodUnit.Weeks, ForCount = 2, ForUnit = PeriodUnit.Months },
                new CadencePhaseForm { Meetings = 1, EveryCount = 1, EveryUnit = PeriodUnit.Months },
                new CadencePhaseForm(),
            ],
        };

        var cadence = form.ToCadence();

        Assert.Equal(2, cadence.Phases.Count);
        Assert.Null(cadence.Phases[1].For);
        Assert.Equal("At least once every two weeks for the first 2 months, then at least once every month for the rest of the term.", cadence.Describe());
    }

    [Fact]
    public void TimeZoneOptions_OfferUtcFirst_ThenIanaZonesGroupedByRegion()
    {
        var options = ProgramForm.TimeZoneOptions().ToList();

        Assert.Equal(("UTC", null), (options[0].Value, options[0].Group));
        var auckland = Assert.Single(options, o => o.Value == "Pacific/Auckland");
        Assert.Equal("Pacific", auckland.Group?.Name);
        Assert.Equal("America/New York", Assert.Single(options, o => o.Value == "America/New_York").Text);
    }
}
