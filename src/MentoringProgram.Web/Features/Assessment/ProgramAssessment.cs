using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Pairings;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MentoringProgram.Web.Features.Assessment;

/// <summary>
/// The assessment dashboard of one cycle: requests and volunteers, pairs active, completed and dissolved, time to match,
/// cadence adherence, topic demand against mentor supply, continuation, and the pre-to-post change by evaluation level
/// (<see cref="PrePostChange"/>, small groups held back, and only once every pre and post survey is closed for the cycle:
/// <see cref="SurveyRelease"/>). Counts and dates only, never a name or a private word.
/// Seven statements whatever the cycle's size: the cycle, requests by status, volunteers by status, the pairings with
/// their held meeting days, topic demand, topic supply, and the pre and post ratings (once released).
/// </summary>
public static class ProgramAssessment
{
    public sealed record Enrollment(int Requests, int Waiting, int Matched, int Withdrawn, int Volunteers, int Approved, int PlacesOffered, int PlacesTaken);

    public sealed record Pairs(int Active, int Completed, int Dissolved)
    {
        public int Total => Active + Completed + Dissolved;
    }

    /// <summary>Days from a request to its pairing: the median and the longest, over <see cref="Matched"/> pairings.</summary>
    public sealed record TimeToMatch(int Matched, double? MedianDays, int? LongestDays);

    /// <summary>Active pairings by where they stand against the program's cadence.</summary>
    public sealed record Cadence(int OnTrack, int DueSoon, int Behind)
    {
        public int Total => OnTrack + DueSoon + Behind;
    }

    public sealed record TopicBalance(string Topic, int Requests, int Mentors);

    /// <summary>Pairings that reached the end of a term (completed, or renewed for another), and how many of them renewed.</summary>
    public sealed record Continuation(int ReachedTheEnd, int Renewed);

    public sealed record Result(int ProgramId, string ProgramName, int CycleId, string CycleName, DateOnly Today, int MinimumGroupSize,
        Enrollment Enrollment, Pairs Pairs, TimeToMatch TimeToMatch, Cadence Cadence, IReadOnlyList<TopicBalance> Topics,
        Continuation Continuation, IReadOnlyList<PrePostChange.LevelChange> Change)
    {
        /// <summary>Whether every pre and post survey of the program is closed for the cycle (<see cref="SurveyRelease"/>):
        /// until then <see cref="Change"/> is empty and the page says why.</summary>
        public bool ChangeReleased { get; init; }
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock, IOptions<AssessmentOptions> options)
    {
        public async Task<Result?> HandleAsync(int programId, int cycleId, CancellationToken cancellationToken)
        {
            var head = await db.ProgramCycles.AsNoTracking().Where(c => c.Id == cycleId && c.ProgramId == programId)
                .Select(c => new
                {
                    c.Name, ProgramName = c.Program!.Name, c.Program.TimeZoneId, c.Program.Cadence,
                    PrePost = db.Surveys.Count(s => s.ProgramId == programId && (s.Kind == SurveyKind.Pre || s.Kind == SurveyKind.Post)),
                    PrePostClosed = db.Surveys.Count(s => s.ProgramId == programId && (s.Kind == SurveyKind.Pre || s.Kind == SurveyKind.Post)
                        && db.SurveyClosings.Any(x => x.SurveyId == s.Id && x.CycleId == cycleId)),
                })
                .SingleOrDefaultAsync(cancellationToken);
            if (head is null)
            {
                return null;
            }
            var today = clock.TodayIn(TimeZones.FindOrUtc(head.TimeZoneId));

            var requests = await db.MenteeRequests.AsNoTracking().Where(r => r.CycleId == cycleId).GroupBy(r => r.Status)
                .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
            var volunteers = await db.MentorVolunteers.AsNoTracking().Where(v => v.CycleId == cycleId).GroupBy(v => v.Status)
                .Select(g => new { g.Key, Count = g.Count(), Places = g.Sum(v => v.Capacity), Taken = g.Sum(v => v.PlacesTaken) })
                .ToListAsync(cancellationToken);
            var approved = volunteers.Where(v => v.Key == VolunteerStatus.Approved).ToList();
            var enrollment = new Enrollment(requests.Values.Sum(), requests.GetValueOrDefault(RequestStatus.Submitted), requests.GetValueOrDefault(RequestStatus.Matched),
                requests.GetValueOrDefault(RequestStatus.Withdrawn), volunteers.Sum(v => v.Count), approved.Sum(v => v.Count), approved.Sum(v => v.Places), volunteers.Sum(v => v.Taken));

            PairingStatus[] began = [PairingStatus.Active, PairingStatus.Completed, PairingStatus.Dissolved];
            var pairings = await db.Pairings.AsNoTracking().Where(p => p.CycleId == cycleId && began.Contains(p.Status))
                .Select(p => new
                {
                    p.Status, p.CreatedAt, p.StartsOn, p.EndsOn, p.Renewals,
                    RequestedAt = db.MenteeRequests.Where(r => r.Id == p.MenteeRequestId).Select(r => r.SubmittedAt).First(),
                    Held = db.Meetings.Where(m => m.PairingId == p.Id).Where(Meeting.Held).Select(m => m.HeldOn).ToList(),
                })
                .AsSplitQuery().ToListAsync(cancellationToken);
            var pairs = new Pairs(pairings.Count(p => p.Status == PairingStatus.Active), pairings.Count(p => p.Status == PairingStatus.Completed),
                pairings.Count(p => p.Status == PairingStatus.Dissolved));
            var waits = pairings.Select(p => Math.Max(0, (p.CreatedAt - p.RequestedAt).TotalDays)).Order().ToList();
            var timeToMatch = new TimeToMatch(waits.Count, waits.Count == 0 ? null : Median(waits), waits.Count == 0 ? null : (int)Math.Ceiling(waits[^1]));
            var standings = pairings.Where(p => p.Status == PairingStatus.Active).Select(p => CadenceStanding.Of(head.Cadence, p.StartsOn, p.EndsOn, p.Held, today)).ToList();
            var cadence = new Cadence(standings.Count(s => s.Status == CadenceStatus.OnTrack && !s.DueSoon), standings.Count(s => s.DueSoon),
                standings.Count(s => s.Status == CadenceStatus.Behind));
            var continuation = new Continuation(pairings.Count(p => p.Status == PairingStatus.Completed || p.Renewals > 0), pairings.Count(p => p.Renewals > 0));

            var demand = await db.Set<MenteeRequestTopic>().AsNoTracking()
                .Where(t => db.MenteeRequests.Any(r => r.Id == t.MenteeRequestId && r.CycleId == cycleId && r.Status != RequestStatus.Withdrawn))
                .GroupBy(t => new { t.TopicId, t.Topic!.Name }).Select(g => new { g.Key.TopicId, g.Key.Name, Count = g.Count() }).ToListAsync(cancellationToken);
            var supply = await db.Set<MentorVolunteerTopic>().AsNoTracking()
                .Where(t => db.MentorVolunteers.Any(v => v.Id == t.MentorVolunteerId && v.CycleId == cycleId && v.Status == VolunteerStatus.Approved))
                .GroupBy(t => new { t.TopicId, t.Topic!.Name }).Select(g => new { g.Key.TopicId, g.Key.Name, Count = g.Count() }).ToListAsync(cancellationToken);
            var topics = demand.Select(d => (d.TopicId, d.Name)).Union(supply.Select(s => (s.TopicId, s.Name)))
                .Select(t => new TopicBalance(t.Name, demand.FirstOrDefault(d => d.TopicId == t.TopicId)?.Count ?? 0, supply.FirstOrDefault(s => s.TopicId == t.TopicId)?.Count ?? 0))
                // The topics most short of mentors first: where the coordinator should look for volunteers.
                .OrderByDescending(t => t.Requests - t.Mentors).ThenBy(t => t.Topic, StringComparer.CurrentCulture).ToList();

            var minimum = options.Value.MinimumGroupSize;
            var changeReleased = SurveyRelease.Released(head.PrePost, head.PrePostClosed);
            if (!changeReleased)
            {
                return new Result(programId, head.ProgramName, cycleId, head.Name, today, minimum, enrollment, pairs, timeToMatch, cadence, topics, continuation, []);
            }
            var ratings = await (
                from r in db.SurveyResponses
                where r.CycleId == cycleId && r.SubmittedAt != null
                join s in db.Surveys on r.SurveyId equals s.Id
                where s.ProgramId == programId && (s.Kind == SurveyKind.Pre || s.Kind == SurveyKind.Post)
                from a in r.Answers
                join q in db.Set<SurveyQuestion>() on a.QuestionId equals q.Id
                where q.Type == QuestionType.Scale && a.ScaleValue != null
                select new { r.StaffMemberId, PairingId = (int?)r.PairingId, s.Kind, q.Text, q.Level, Value = a.ScaleValue!.Value })
                .AsNoTracking().ToListAsync(cancellationToken);
            var change = PrePostChange.Of(ratings.Select(r => new PrePostChange.Rating(r.StaffMemberId, r.PairingId ?? 0, r.Kind, r.Text, r.Level, r.Value)), minimum);

            return new Result(programId, head.ProgramName, cycleId, head.Name, today, minimum, enrollment, pairs, timeToMatch, cadence, topics, continuation, change)
            {
                ChangeReleased = true,
            };
        }

        private static double Median(IReadOnlyList<double> ordered) =>
            ordered.Count % 2 == 1 ? ordered[ordered.Count / 2] : (ordered[ordered.Count / 2 - 1] + ordered[ordered.Count / 2]) / 2;
    }
}
