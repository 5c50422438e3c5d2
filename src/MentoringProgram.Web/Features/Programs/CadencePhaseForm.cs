using MentoringProgram.Web.Domain;

namespace MentoringProgram.Web.Features.Programs;

/// <summary>One row of the cadence editor: "at least {Meetings} meetings every {EveryCount} {EveryUnit},
/// for {ForCount} {ForUnit}" (empty ForCount: for the rest of the term). Rows with no meetings are unused.</summary>
public sealed class CadencePhaseForm
{
    public int? Meetings { get; set; }
    public int? EveryCount { get; set; }
    public PeriodUnit EveryUnit { get; set; } = PeriodUnit.Months;
    public int? ForCount { get; set; }
    public PeriodUnit ForUnit { get; set; } = PeriodUnit.Months;

    public bool IsUsed => Meetings is > 0 || EveryCount is > 0 || ForCount is > 0;
}
