using FluentValidation;
using FluentValidation.Results;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Surveys;

/// <summary>
/// A pairing's member answers a survey due to them (<see cref="SurveyAsks"/>): a draft keeps whatever was typed and
/// answers nothing it should not; submitting needs every rating and choice answered (free text is optional), after which
/// the answers are fixed. A submit posted again (a replay, a second tab) changes nothing. Nobody else reaches the survey,
/// the coordinator included: results are read in aggregate only.
/// </summary>
public static class AnswerSurvey
{
    public const string SubmitIntent = "submit";
    public const string DraftIntent = "draft";

    /// <summary>What the form posts: each question's values by its id (several for a multiple choice), and which button.</summary>
    public sealed class Command
    {
        [Microsoft.AspNetCore.Mvc.ModelBinder(typeof(SurveyAnswersBinder))]
        public Dictionary<string, List<string>> Answers { get; set; } = [];

        public string? Intent { get; set; }

        public bool Submitting => string.Equals(Intent, SubmitIntent, StringComparison.Ordinal);

        public static string Field(int questionId) => $"{nameof(Answers)}[{questionId}]";

        public IReadOnlyList<string>? For(int questionId) => Answers.GetValueOrDefault(questionId.ToString(System.Globalization.CultureInfo.InvariantCulture));
    }

    public sealed record Question(int Id, int Order, string Text, QuestionType Type, IReadOnlyList<string> Choices);

    public sealed record Page(SurveyAsk Ask, IReadOnlyList<Question> Questions, Command Form)
    {
        public bool ReadOnly => Ask.IsSubmitted;
    }

    public static ValidationContext<Command> ContextFor(Command command, IReadOnlyList<Question> questions)
    {
        var context = new ValidationContext<Command>(command);
        context.RootContextData[nameof(Question)] = questions;
        return context;
    }

    /// <summary>A message beside each question whose values it does not take, and (when submitting) beside each rating or
    /// choice left unanswered.</summary>
    public sealed class Validator : AbstractValidator<Command>
    {
        public Validator()
        {
            RuleFor(c => c.Intent).Must(i => i is SubmitIntent or DraftIntent).WithMessage("Choose Save draft or Submit.");
            RuleFor(c => c).Custom((command, context) =>
            {
                if (!context.RootContextData.TryGetValue(nameof(Question), out var found) || found is not IReadOnlyList<Question> questions)
                {
                    return;
                }
                foreach (var question in questions)
                {
                    var (value, problem) = SurveyAnswerValues.Read(question.Type, question.Choices.Count, command.For(question.Id));
                    problem ??= command.Submitting && value is null && SurveyQuestion.IsRequired(question.Type) ? SurveyAnswerValues.RequiredMessage(question.Type) : null;
                    if (problem is not null)
                    {
                        context.AddFailure(new ValidationFailure(Command.Field(question.Id), problem));
                    }
                }
            });
        }
    }

    public enum Outcome
    {
        NotFound,
        Saved,
        Submitted,
        AlreadySubmitted,
        Refused,
    }

    public sealed record Result(Outcome Outcome, string? Refusal = null);

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        /// <summary>The survey as the member sees it, with their draft or submitted answers; null when it is not due to them.</summary>
        public async Task<Page?> LoadAsync(int staffId, int pairingId, int surveyId, CancellationToken cancellationToken)
        {
            var asks = await SurveyAsks.LoadAsync(db, clock, p => p.Id == pairingId && (p.MenteeStaffId == staffId || p.MentorStaffId == staffId), cancellationToken);
            if (asks.Find(a => a.SurveyId == surveyId && a.StaffId == staffId) is not { } ask)
            {
                return null;
            }
            var questions = (await db.Surveys.AsNoTracking().Where(s => s.Id == surveyId).SelectMany(s => s.Questions).OrderBy(q => q.Order)
                .Select(q => new { q.Id, q.Order, q.Text, q.Type, q.Choices }).ToListAsync(cancellationToken))
                .Select(q => new Question(q.Id, q.Order, q.Text, q.Type, SurveyQuestion.ChoicesOf(q.Choices))).ToList();
            var form = new Command();
            if (ask.Started)
            {
                var answers = await db.SurveyResponses.AsNoTracking()
                    .Where(r => r.SurveyId == surveyId && r.PairingId == pairingId && r.StaffMemberId == staffId)
                    .SelectMany(r => r.Answers).Select(a => new { a.QuestionId, a.ScaleValue, a.TextValue }).ToListAsync(cancellationToken);
                foreach (var question in questions)
                {
                    if (answers.Find(a => a.QuestionId == question.Id) is { } answer)
                    {
                        form.Answers[question.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)] =
                            SurveyAnswerValues.Typed(question.Type, answer.ScaleValue, answer.TextValue);
                    }
                }
            }
            return new Page(ask, questions, form);
        }

        /// <summary>Saves the draft, or submits it. Call after validation, with the page <see cref="LoadAsync"/> gave.</summary>
        public async Task<Result> SaveAsync(Page page, Command command, CancellationToken cancellationToken)
        {
            var ask = page.Ask;
            if (ask.IsSubmitted)
            {
                return new Result(Outcome.AlreadySubmitted);
            }
            var response = await db.SurveyResponses.Include(r => r.Answers)
                .SingleOrDefaultAsync(r => r.SurveyId == ask.SurveyId && r.PairingId == ask.PairingId && r.StaffMemberId == ask.StaffId, cancellationToken);
            var typed = page.Questions.Any(q => SurveyAnswerValues.Read(q.Type, q.Choices.Count, command.For(q.Id)).Value is not null);
            if (response is null && !typed && !command.Submitting)
            {
                // An empty draft is nothing to keep.
                return new Result(Outcome.Saved);
            }
            if (response is null)
            {
                response = new SurveyResponse(ask.SurveyId, ask.CycleId, ask.PairingId, ask.StaffId);
                db.SurveyResponses.Add(response);
            }
            else if (response.IsSubmitted)
            {
                return new Result(Outcome.AlreadySubmitted);
            }
            try
            {
                foreach (var question in page.Questions)
                {
                    if (SurveyAnswerValues.Read(question.Type, question.Choices.Count, command.For(question.Id)).Value is { } value)
                    {
                        response.Answer(question.Id, value.Scale, value.Text);
                    }
                    else
                    {
                        response.Clear(question.Id);
                    }
                }
                if (command.Submitting)
                {
                    response.Submit(clock.GetUtcNow());
                }
            }
            catch (DomainRuleException refused)
            {
                return new Result(Outcome.Refused, refused.Message);
            }
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            // The same person saved or submitted in another window at the same moment: the unique index or the response's
            // concurrency stamp refused this one, so nothing of it was written.
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                var submitted = await db.SurveyResponses.AnyAsync(r => r.SurveyId == ask.SurveyId && r.PairingId == ask.PairingId
                    && r.StaffMemberId == ask.StaffId && r.SubmittedAt != null, cancellationToken);
                return submitted
                    ? new Result(Outcome.AlreadySubmitted)
                    : new Result(Outcome.Refused, "Your answers were saved from another window at the same moment: check them below and save again.");
            }
            return new Result(command.Submitting ? Outcome.Submitted : Outcome.Saved);
        }
    }
}
