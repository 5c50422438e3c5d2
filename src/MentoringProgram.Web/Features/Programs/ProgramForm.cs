using FluentValidation;
using MentoringProgram.Web.Domain;

namespace MentoringProgram.Web.Features.Programs;

/// <summary>Everything a coordinator sets on a program; shared by create and edit.</summary>
public sealed class ProgramForm
{
    public const int PhaseRows = 3;

    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public string Expectations { get; set; } = "";
    public int TermCount { get; set; } = 12;
    public TermUnit TermUnit { get; set; } = TermUnit.Months;
    public bool Renewable { get; set; }
    public int MinimumMentorTenureMonths { get; set; } = 12;
    public int DefaultMentorCapacity { get; set; } = 1;
    public decimal? LunchAllowance { get; set; }
    public MatchingMode MatchingMode { get; set; }
    public string? CoordinatorContact { get; set; }
    public bool Active { get; set; } = true;
    public List<int> TopicIds { get; set; } = [];
    public List<CadencePhaseForm> Phases { get; set; } = [];
    public Guid ConcurrencyStamp { get; set; }

    /// <summary>The program being edited, from the route; never bound from the form.</summary>
    [Microsoft.AspNetCore.Mvc.ModelBinding.BindNever]
    public int? ProgramId { get; set; }

    public static ProgramForm From(string name, ProgramSettings settings, IEnumerable<int> topicIds, bool active) => new()
    {
        Name = name,
        Description = settings.Description,
        Expectations = settings.Expectations,
        TermCount = settings.Term.Count,
        TermUnit = settings.Term.Unit,
        Renewable = settings.Renewable,
        MinimumMentorTenureMonths = settings.MinimumMentorTenureMonths,
        DefaultMentorCapacity = settings.DefaultMentorCapacity,
        LunchAllowance = settings.LunchAllowance,
        MatchingMode = settings.MatchingMode,
        CoordinatorContact = settings.CoordinatorContact,
        Active = active,
        TopicIds = topicIds.ToList(),
        Phases = settings.Cadence.Phases.Select(p => new CadencePhaseForm
        {
            Meetings = p.Meetings,
            EveryCount = p.Every.Count,
            EveryUnit = p.Every.Unit,
            ForCount = p.For?.Count,
            ForUnit = p.For?.Unit ?? PeriodUnit.Months,
        }).ToList(),
    };

    /// <summary>Pads the cadence editor to its fixed number of rows.</summary>
    public ProgramForm WithPhaseRows()
    {
        while (Phases.Count < PhaseRows)
        {
            Phases.Add(new CadencePhaseForm());
        }
        return this;
    }

    public CadenceRule ToCadence() => new(Phases.Where(p => p.IsUsed).Select(p => new CadencePhase(
        p.ForCount is > 0 ? new Period(p.ForCount.Value, p.ForUnit) : null,
        p.Meetings ?? 0,
        new Period(p.EveryCount ?? 0, p.EveryUnit))));

    public ProgramSettings ToSettings() => new(
        Description, Expectations, new TermLength(TermCount, TermUnit), Renewable, MinimumMentorTenureMonths,
        ToCadence(), DefaultMentorCapacity, LunchAllowance, MatchingMode, CoordinatorContact);
}
