using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Assessment;

/// <summary>A program's survey with its questions, as seen from one of the program's cycles: the head of the results page
/// and of the responses export, with when it was closed for the cycle, in one statement; null when the survey or the cycle is not the program's.</summary>
public static class SurveyInCycle
{
    public sealed record Question(int Id, string Text, QuestionType Type, EvaluationLevel Level, string? Choices);

    /// <summary><see cref="ClosedAt"/>: when the coordinator closed the survey for this cycle, if they have.</summary>
    public sealed record Head(string Title, SurveyKind Kind, string CycleName, string ProgramName, string TimeZoneId, DateTimeOffset? ClosedAt, List<Question> Questions)
    {
        /// <summary>Whether figures from its answers may be shown (<see cref="SurveyRelease"/>).</summary>
        public bool Released => SurveyRelease.Released(ClosedAt);
    }

    public static Task<Head?> FindAsync(AppDbContext db, int programId, int cycleId, int surveyId, CancellationToken cancellationToken) =>
        (from s in db.Surveys
         where s.Id == surveyId && s.ProgramId == programId
         join c in db.ProgramCycles on s.ProgramId equals c.ProgramId
         where c.Id == cycleId
         select new Head(s.Title, s.Kind, c.Name, c.Program!.Name, c.Program.TimeZoneId,
             db.SurveyClosings.Where(x => x.SurveyId == s.Id && x.CycleId == c.Id).Select(x => (DateTimeOffset?)x.ClosedAt).FirstOrDefault(),
             s.Questions.OrderBy(q => q.Order).Select(q => new Question(q.Id, q.Text, q.Type, q.Level, q.Choices)).ToList()))
        .AsNoTracking().SingleOrDefaultAsync(cancellationToken);
}
