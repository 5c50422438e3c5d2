using FluentValidation;
using MentoringProgram.Web.Domain;
using Microsoft.AspNetCore.Mvc.Rendering;

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
    public bool MentorTrainingRequired { get; set; }
    public int DefaultMentorCapacity { get; set; } = 1;
    public decimal? LunchAllowance { get; set; }
    public MatchingMode MatchingMode { get; set; }
    public int MenteeChoices { get; set; } = ProgramSettings.DefaultMenteeChoices;
    public int MentorAnswerDays { get; set; } = ProgramSettings.DefaultMentorAnswerDays;
    public string? CoordinatorContact { get; set; }

    /// <summary>What each pair ticks off, one item per line (seed 004); empty for none.</summary>
    public string? Checklist { get; set; }

    /// <summary>An IANA id from <see cref="TimeZones.Ids"/>; a new program starts with the library's zone.</summary>
    public string TimeZoneId { get; set; } = TimeZones.Utc;

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
        MentorTrainingRequired = settings.MentorTrainingRequired,
        DefaultMentorCapacity = settings.DefaultMentorCapacity,
        LunchAllowance = settings.LunchAllowance,
        MatchingMode = settings.MatchingMode,
        MenteeChoices = settings.MenteeChoices,
        MentorAnswerDays = settings.MentorAnswerDays,
        CoordinatorContact = settings.CoordinatorContact,
        Checklist = settings.Checklist,
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

    /// <summary>The time zones to choose from, grouped by region ("America", "Europe", "Pacific"...).</summary>
    public static IEnumerable<SelectListItem> TimeZoneOptions()
    {
        var groups = new Dictionary<string, SelectListGroup>(StringComparer.Ordinal);
        foreach (var id in TimeZones.Ids)
        {
            var slash = id.IndexOf('/', StringComparison.Ordinal);
            SelectListGroup? group = null;
            if (slash > 0 && !groups.TryGetValue(id[..slash], out group))
            {
                group = groups[id[..slash]] = new SelectListGroup { Name = id[..slash] };
            }
            yield return new SelectListItem(id.Replace('_', ' '), id) { Group = group };
        }
    }

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
        ToCadence(), DefaultMentorCapacity, LunchAllowance, MatchingMode, CoordinatorContact, MentorTrainingRequired,
        MenteeChoices, MentorAnswerDays, Checklist);
}
