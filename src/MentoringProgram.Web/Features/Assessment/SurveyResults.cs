using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MentoringProgram.Web.Features.Assessment;

/// <summary>
/// One survey's results for one cycle, as the coordinator sees them: figures per question from submitted responses only,
/// for everyone or broken down by role or by department, with small groups held back by <see cref="SmallGroups"/>
/// (through <see cref="SurveyTally"/>), and only once the survey is closed for the cycle (<see cref="SurveyRelease"/>): before
/// that, only the number of responses so far. Never a name and never one person's answers. Two statements: the survey
/// with its questions and the cycle, then every submitted answer with its respondent's role and department (or, before
/// the survey is closed, their number).
/// </summary>
public static class SurveyResults
{
    public sealed record Result(int ProgramId, string ProgramName, int CycleId, string CycleName, int SurveyId, string SurveyTitle, SurveyKind Kind,
        ResultsBreakdown Breakdown, int Responses, int MinimumGroupSize, IReadOnlyList<SurveyTally.QuestionFigures> Questions)
    {
        /// <summary>Whether any figure may be shown at all: fewer respondents than the minimum show nothing.</summary>
        public bool EnoughResponses => SmallGroups.MayShow(Responses, MinimumGroupSize);

        /// <summary>A breakdown asked for in the address that names none: the page says so and shows everyone instead.</summary>
        public string? BreakdownProblem { get; init; }

        /// <summary>When the coordinator closed the survey for the cycle; until then (<see cref="SurveyRelease"/>) the page
        /// shows only <see cref="Responses"/>, the number so far, and no figure.</summary>
        public DateTimeOffset? ClosedAt { get; init; }

        public string TimeZoneId { get; init; } = "UTC";

        public bool Released => SurveyRelease.Released(ClosedAt);
    }

    public const string Mentees = "Mentees";
    public const string Mentors = "Mentors";
    public const string NoDepartment = "No department";

    public sealed class Handler(AppDbContext db, IOptions<AssessmentOptions> options)
    {
        public async Task<Result?> HandleAsync(int programId, int cycleId, int surveyId, string? breakdownName, CancellationToken cancellationToken)
        {
            string? problem = null;
            var breakdown = ResultsBreakdown.Everyone;
            if (!string.IsNullOrEmpty(breakdownName) && (!Enum.TryParse(breakdownName, ignoreCase: true, out breakdown) || !Enum.IsDefined(breakdown)))
            {
                problem = $"There is no breakdown \"{breakdownName}\": showing everyone.";
                breakdown = ResultsBreakdown.Everyone;
            }
            var head = await SurveyInCycle.FindAsync(db, programId, cycleId, surveyId, cancellationToken);
            if (head is null)
            {
                return null;
            }
            if (!head.Released)
            {
                // Responses can still come: the number so far, and no figure (docs/adr/0022, addendum).
                var sofar = await db.SurveyResponses.CountAsync(r => r.SurveyId == surveyId && r.CycleId == cycleId && r.SubmittedAt != null, cancellationToken);
                return new Result(programId, head.ProgramName, cycleId, head.CycleName, surveyId, head.Title, head.Kind, breakdown, sofar,
                    options.Value.MinimumGroupSize, []) { BreakdownProblem = problem, TimeZoneId = head.TimeZoneId };
            }
            var rows = await (
                from r in db.SurveyResponses
                where r.SurveyId == surveyId && r.CycleId == cycleId && r.SubmittedAt != null
                from a in r.Answers
                select new
                {
                    r.Id, a.QuestionId, a.ScaleValue, a.TextValue,
                    IsMentee = db.Pairings.Any(p => p.Id == r.PairingId && p.MenteeStaffId == r.StaffMemberId),
                    Department = db.StaffMembers.Where(s => s.Id == r.StaffMemberId).Select(s => s.Department != null ? s.Department.Name : null).FirstOrDefault(),
                })
                .AsNoTracking().ToListAsync(cancellationToken);

            string GroupOf(bool isMentee, string? department) => breakdown switch
            {
                ResultsBreakdown.Role => isMentee ? Mentees : Mentors,
                ResultsBreakdown.Department => department ?? NoDepartment,
                _ => "Everyone",
            };
            IReadOnlyList<string> order = breakdown switch
            {
                ResultsBreakdown.Role => [Mentees, Mentors],
                ResultsBreakdown.Department => [.. rows.Select(r => r.Department ?? NoDepartment).Distinct().Order(StringComparer.CurrentCulture)],
                _ => ["Everyone"],
            };
            var questions = head.Questions.Select(q => new SurveyTally.Question(q.Id, q.Text, q.Type, q.Level, SurveyQuestion.ChoicesOf(q.Choices))).ToList();
            var answers = rows.Select(r => new SurveyTally.Answer(r.QuestionId, r.ScaleValue, r.TextValue, GroupOf(r.IsMentee, r.Department))).ToList();
            var minimum = options.Value.MinimumGroupSize;
            var figures = SurveyTally.Of(questions, answers, order, listWrittenAnswers: breakdown == ResultsBreakdown.Everyone, minimum);
            return new Result(programId, head.ProgramName, cycleId, head.CycleName, surveyId, head.Title, head.Kind, breakdown,
                rows.Select(r => r.Id).Distinct().Count(), minimum, figures)
            {
                BreakdownProblem = problem, ClosedAt = head.ClosedAt, TimeZoneId = head.TimeZoneId,
            };
        }
    }
}
