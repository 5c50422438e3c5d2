using FluentValidation;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Shared;

namespace MentoringProgram.Web.Features.Assessment;

/// <summary>What the survey builder takes as a choice question's choices, one per line: the same rules when a question is
/// added and when its choices are changed.</summary>
public static class SurveyChoiceRules
{
    public static IRuleBuilderOptions<T, string?> ValidChoices<T>(this IRuleBuilder<T, string?> rule) =>
        rule.NotEmpty().WithMessage("Write the choices, one per line.")
            .MaximumLength(SurveyQuestion.ChoicesMaxLength).WithMessage($"Keep the choices under {SurveyQuestion.ChoicesMaxLength:N0} characters in all.")
            .MultiLine()
            .Must(c => SurveyQuestion.ChoicesOf(c).Count >= 2).WithMessage("Give at least two choices, one per line.")
            .Must(c => SurveyQuestion.ChoicesOf(c).Count <= SurveyQuestion.MaxChoices).WithMessage($"Give at most {SurveyQuestion.MaxChoices} choices.")
            .Must(c => SurveyQuestion.ChoicesOf(c).Distinct(StringComparer.OrdinalIgnoreCase).Count() == SurveyQuestion.ChoicesOf(c).Count)
            .WithMessage("Each choice once: two lines say the same.");
}
