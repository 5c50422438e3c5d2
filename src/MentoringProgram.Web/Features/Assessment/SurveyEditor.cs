using FluentValidation;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Shared;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Assessment;

/// <summary>
/// The coordinator shapes a program's surveys: renames one, adds questions (rating 1 to 5, one choice, or written; each
/// tagged with what it measures), moves them, changes a choice question's choices and takes out a question while no one
/// has answered it, and deletes a survey nobody has started answering. Every change is audited
/// in the same transaction. The survey's id comes from the route and must belong to the program in the route.
/// </summary>
public static class SurveyEditor
{
    public sealed record QuestionRow(int Id, int Order, string Text, QuestionType Type, EvaluationLevel Level, IReadOnlyList<string> Choices, bool Answered);

    /// <summary><see cref="Answered"/>: whether anyone has started answering the survey (then it cannot be deleted).</summary>
    public sealed record Page(int ProgramId, string ProgramName, int SurveyId, string Title, SurveyKind Kind, IReadOnlyList<QuestionRow> Questions, bool Answered)
    {
        public RenameCommand Rename { get; init; } = new();
        public AddQuestionCommand NewQuestion { get; init; } = new();

        /// <summary>The question whose choices were typed and refused, with what was typed: shown again in its form.</summary>
        public int? EditingQuestionId { get; init; }
        public ChangeChoicesCommand EditChoices { get; init; } = new();
    }

    /// <summary>What a change came to: <see cref="Found"/> false when the survey (or question) is not the program's; a
    /// <see cref="Refusal"/> when the survey refused it, with nothing saved.</summary>
    public sealed record Outcome(bool Found, string? Refusal = null);

    public sealed class RenameCommand
    {
        public string Title { get; set; } = "";
    }

    public sealed class AddQuestionCommand
    {
        public string Text { get; set; } = "";
        public QuestionType Type { get; set; } = QuestionType.Scale;
        public EvaluationLevel Level { get; set; } = EvaluationLevel.Reaction;

        /// <summary>One choice per line, for a choice question only.</summary>
        public string? Choices { get; set; }
    }

    public sealed class RenameValidator : AbstractValidator<RenameCommand>
    {
        public RenameValidator()
        {
            RuleFor(c => c.Title).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Enter the survey's title.")
                .MaximumLength(Survey.TitleMaxLength).WithMessage($"Keep the title under {Survey.TitleMaxLength} characters.")
                .SingleLine();
        }
    }

    public sealed class AddQuestionValidator : AbstractValidator<AddQuestionCommand>
    {
        public AddQuestionValidator()
        {
            RuleFor(c => c.Text).Cascade(CascadeMode.Stop)
                .NotEmpty().WithMessage("Write the question.")
                .MaximumLength(SurveyQuestion.TextMaxLength).WithMessage($"Keep the question under {SurveyQuestion.TextMaxLength:N0} characters.")
                .SingleLine();
            RuleFor(c => c.Type).IsInEnum().WithMessage("Choose how people answer.");
            RuleFor(c => c.Level).IsInEnum().WithMessage("Choose what the question measures.");
            When(c => SurveyQuestion.HasChoices(c.Type), () => RuleFor(c => c.Choices).Cascade(CascadeMode.Stop).ValidChoices());
            When(c => !SurveyQuestion.HasChoices(c.Type), () =>
                RuleFor(c => c.Choices).Must(string.IsNullOrWhiteSpace).WithMessage("Only a choice question has choices: clear them, or make it a choice question."));
        }
    }

    public sealed class ChangeChoicesCommand
    {
        /// <summary>One choice per line.</summary>
        public string? Choices { get; set; }
    }

    public sealed class ChangeChoicesValidator : AbstractValidator<ChangeChoicesCommand>
    {
        public ChangeChoicesValidator()
        {
            RuleFor(c => c.Choices).Cascade(CascadeMode.Stop).ValidChoices();
        }
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public async Task<Page?> PageAsync(int programId, int surveyId, CancellationToken cancellationToken)
        {
            var survey = await db.Surveys.AsNoTracking().Where(s => s.Id == surveyId && s.ProgramId == programId)
                .Select(s => new
                {
                    s.Title, s.Kind, ProgramName = db.Programs.Where(p => p.Id == s.ProgramId).Select(p => p.Name).First(),
                    Questions = s.Questions.OrderBy(q => q.Order).Select(q => new { q.Id, q.Order, q.Text, q.Type, q.Level, q.Choices }).ToList(),
                })
                .SingleOrDefaultAsync(cancellationToken);
            if (survey is null)
            {
                return null;
            }
            var answered = await AnsweredAsync(surveyId, cancellationToken);
            var started = await db.SurveyResponses.AnyAsync(r => r.SurveyId == surveyId, cancellationToken);
            return new Page(programId, survey.ProgramName, surveyId, survey.Title, survey.Kind,
                [.. survey.Questions.Select(q => new QuestionRow(q.Id, q.Order, q.Text, q.Type, q.Level, SurveyQuestion.ChoicesOf(q.Choices), answered.Contains(q.Id)))],
                started)
            {
                Rename = new RenameCommand { Title = survey.Title },
            };
        }

        public Task<Outcome> RenameAsync(int programId, int surveyId, RenameCommand command, string? actorUserId, CancellationToken cancellationToken) =>
            ChangeAsync(programId, surveyId, null, actorUserId, SurveyAudit.Renamed, survey =>
            {
                survey.Rename(command.Title);
                return survey.Title;
            }, cancellationToken);

        public Task<Outcome> AddQuestionAsync(int programId, int surveyId, AddQuestionCommand command, string? actorUserId, CancellationToken cancellationToken) =>
            ChangeAsync(programId, surveyId, null, actorUserId, SurveyAudit.QuestionAdded, survey =>
            {
                var choices = SurveyQuestion.HasChoices(command.Type) ? string.Join('\n', SurveyQuestion.ChoicesOf(command.Choices)) : null;
                var question = survey.AddQuestion(command.Text, command.Type, command.Level, choices);
                return $"{question.Order}. {question.Text}";
            }, cancellationToken);

        public async Task<Outcome> RemoveQuestionAsync(int programId, int surveyId, int questionId, string? actorUserId, CancellationToken cancellationToken)
        {
            var answered = await AnsweredAsync(surveyId, cancellationToken);
            return await ChangeAsync(programId, surveyId, questionId, actorUserId, SurveyAudit.QuestionRemoved, survey =>
            {
                var text = survey.Questions.First(q => q.Id == questionId).Text;
                survey.RemoveQuestion(questionId, answered.Contains(questionId));
                return text;
            }, cancellationToken);
        }

        public Task<Outcome> MoveQuestionAsync(int programId, int surveyId, int questionId, bool up, string? actorUserId, CancellationToken cancellationToken) =>
            ChangeAsync(programId, surveyId, questionId, actorUserId, SurveyAudit.QuestionMoved, survey =>
            {
                survey.MoveQuestion(questionId, up);
                var question = survey.Questions.First(q => q.Id == questionId);
                return $"{question.Order}. {question.Text}";
            }, cancellationToken);

        public async Task<Outcome> ChangeChoicesAsync(int programId, int surveyId, int questionId, ChangeChoicesCommand command, string? actorUserId, CancellationToken cancellationToken)
        {
            var answered = await AnsweredAsync(surveyId, cancellationToken);
            return await ChangeAsync(programId, surveyId, questionId, actorUserId, SurveyAudit.ChoicesChanged, survey =>
            {
                var question = survey.ChangeChoices(questionId, command.Choices ?? "", answered.Contains(questionId));
                return $"{question.Order}. {question.Text}: {string.Join(" | ", question.ChoiceList)}";
            }, cancellationToken);
        }

        /// <summary>Deletes a survey nobody has started answering (a draft counts), with its questions, audited in the same
        /// transaction; a survey with responses stays, with the reason as the refusal.</summary>
        public Task<Outcome> DeleteAsync(int programId, int surveyId, string? actorUserId, CancellationToken cancellationToken) =>
            db.InTransactionAsync(async () =>
            {
                var survey = await db.Surveys.Include(s => s.Questions).SingleOrDefaultAsync(s => s.Id == surveyId && s.ProgramId == programId, cancellationToken);
                if (survey is null)
                {
                    return new Outcome(false);
                }
                try
                {
                    survey.EnsureDeletable(await db.SurveyResponses.AnyAsync(r => r.SurveyId == surveyId, cancellationToken));
                }
                catch (DomainRuleException refused)
                {
                    return new Outcome(true, refused.Message);
                }
                db.Surveys.Remove(survey);
                db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), actorUserId, SurveyAudit.Deleted, SurveyAudit.Subject(surveyId), $"{survey.Title} ({survey.Kind})"));
                await db.SaveChangesAsync(cancellationToken);
                return new Outcome(true);
            }, outcome => outcome.Found && outcome.Refusal is null, cancellationToken);

        /// <summary>The survey's questions anyone has answered, draft or submitted.</summary>
        private async Task<HashSet<int>> AnsweredAsync(int surveyId, CancellationToken cancellationToken) =>
            [.. await db.SurveyResponses.Where(r => r.SurveyId == surveyId).SelectMany(r => r.Answers).Select(a => a.QuestionId).Distinct().ToListAsync(cancellationToken)];

        /// <summary>Loads the program's survey with its questions, applies <paramref name="change"/> (which says what it did,
        /// for the audit), and saves with the audit entry in one transaction. Not found when the survey is not the
        /// program's or the question (when one is named) not the survey's; a refusal, with nothing saved, when the survey
        /// refuses the change.</summary>
        private Task<Outcome> ChangeAsync(int programId, int surveyId, int? questionId, string? actorUserId, string action, Func<Survey, string> change, CancellationToken cancellationToken) =>
            db.InTransactionAsync(async () =>
            {
                var survey = await db.Surveys.Include(s => s.Questions).SingleOrDefaultAsync(s => s.Id == surveyId && s.ProgramId == programId, cancellationToken);
                if (survey is null || (questionId is { } id && survey.Questions.All(q => q.Id != id)))
                {
                    return new Outcome(false);
                }
                string details;
                try
                {
                    details = change(survey);
                }
                catch (DomainRuleException refused)
                {
                    return new Outcome(true, refused.Message);
                }
                db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), actorUserId, action, SurveyAudit.Subject(surveyId), details));
                await db.SaveChangesAsync(cancellationToken);
                return new Outcome(true);
            }, outcome => outcome.Found && outcome.Refusal is null, cancellationToken);
    }
}
