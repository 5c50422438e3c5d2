using FluentValidation;
using MentoringProgram.Web.Features.Shared;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

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
        ToCadence(), DefaultMentorCapacity, LunchAllowance, MatchingMode, CoordinatorContact);
}

public sealed class ProgramFormValidator : AbstractValidator<ProgramForm>
{
    public ProgramFormValidator(AppDbContext db)
    {
        // Stop at the first failure: the uniqueness query must never see an empty or malformed name.
        RuleFor(f => f.Name).Cascade(CascadeMode.Stop)
            .NotEmpty().WithMessage("Give the program a name.")
            .MaximumLength(200).WithMessage("Keep the name under 200 characters.")
            .SingleLine()
            .MustAsync(async (form, name, ct) => !await db.Programs.AnyAsync(p => p.Name == (name ?? "").Trim() && p.Id != form.ProgramId, ct))
            .WithMessage("There is already a program with that name.");
        RuleFor(f => f.Description).MaximumLength(4000).WithMessage("Keep the description under 4,000 characters.").MultiLine();
        RuleFor(f => f.Expectations).NotEmpty().WithMessage("Write the expectations applicants must read and accept.")
            .MaximumLength(8000).WithMessage("Keep the expectations under 8,000 characters.")
            .MultiLine();
        RuleFor(f => f.TermCount).InclusiveBetween(1, 36).When(f => f.TermUnit == TermUnit.Months)
            .WithMessage("A term is 1 to 36 months.");
        RuleFor(f => f.TermCount).InclusiveBetween(1, 9).When(f => f.TermUnit == TermUnit.Semesters)
            .WithMessage("A term is 1 to 9 semesters.");
        RuleFor(f => f.TermUnit).IsInEnum().WithMessage("Choose months or semesters.");
        RuleFor(f => f.MinimumMentorTenureMonths).InclusiveBetween(0, 120)
            .WithMessage("Minimum time on staff for mentors is 0 to 120 months.");
        RuleFor(f => f.DefaultMentorCapacity).InclusiveBetween(1, 10)
            .WithMessage("A mentor takes 1 to 10 mentees.");
        RuleFor(f => f.LunchAllowance).InclusiveBetween(0m, 10000m).When(f => f.LunchAllowance is not null)
            .WithMessage("The lunch allowance is between 0 and 10,000.");
        RuleFor(f => f.MatchingMode).IsInEnum().WithMessage("Choose how pairs are matched.");
        RuleFor(f => f.CoordinatorContact).MailAddress().When(f => !string.IsNullOrWhiteSpace(f.CoordinatorContact))
            .WithMessage("Enter the contact's email like name@library.edu.")
            .MaximumLength(256).WithMessage("Keep the contact's email under 256 characters.")
            .SingleLine();
        RuleFor(f => f.TimeZoneId).Must(TimeZones.IsKnown).WithMessage("Choose the program's time zone from the list.");
        RuleFor(f => f.TopicIds).NotEmpty().WithMessage("Choose at least one topic.")
            .MustAsync(async (ids, ct) => await db.Topics.CountAsync(t => ids.Contains(t.Id), ct) == ids.Distinct().Count())
            .WithMessage("Choose topics from the list.");
        RuleFor(f => f.Phases).Must(p => p.Any(x => x.IsUsed)).WithMessage("Describe at least one meeting rhythm.");
        RuleForEach(f => f.Phases).ChildRules(phase =>
        {
            phase.RuleFor(p => p.Meetings).NotNull().InclusiveBetween(1, 31).When(p => p.IsUsed)
                .WithMessage("Meetings: a number from 1 to 31.");
            phase.RuleFor(p => p.EveryCount).NotNull().InclusiveBetween(1, 52).When(p => p.IsUsed)
                .WithMessage("Every: a number of weeks or months from 1 to 52.");
            phase.RuleFor(p => p.ForCount).InclusiveBetween(1, 52).When(p => p.ForCount is not null)
                .WithMessage("For: a number of weeks or months from 1 to 52, or empty for the rest of the term.");
        });
        RuleFor(f => f.Phases).Must(OnlyLastUsedPhaseOpenEnded)
            .WithMessage("Only the last rhythm can run for the rest of the term: give the earlier ones a length.");
    }

    private static bool OnlyLastUsedPhaseOpenEnded(List<CadencePhaseForm> phases)
    {
        var used = phases.Where(p => p.IsUsed).ToList();
        return used.Take(Math.Max(0, used.Count - 1)).All(p => p.ForCount is > 0);
    }
}

