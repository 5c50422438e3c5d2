using FluentValidation;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Programs;

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
        RuleFor(f => f.MenteeChoices).InclusiveBetween(1, 10).WithMessage("A mentee chooses from 1 to 10 suggested mentors.");
        RuleFor(f => f.MentorAnswerDays).InclusiveBetween(1, 30).WithMessage("A mentor has 1 to 30 days to answer.");
        RuleFor(f => f.Checklist).MaximumLength(Domain.Checklist.TemplateLength)
            .WithMessage($"Keep the checklist to {Domain.Checklist.TemplateLength:N0} characters or fewer.")
            .Must(t => Domain.Checklist.Items(t).Count <= Domain.Checklist.MostItems)
            .WithMessage($"A checklist has at most {Domain.Checklist.MostItems} items.")
            .Must(t => Domain.Checklist.Items(t).All(i => i.Length <= Domain.Checklist.ItemLength))
            .WithMessage($"Keep each item to {Domain.Checklist.ItemLength} characters or fewer.");
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
