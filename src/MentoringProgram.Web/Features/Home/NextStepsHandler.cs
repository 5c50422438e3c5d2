using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Staff;
using MentoringProgram.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Home;

/// <summary>The home page: one statement for the person's profile facts, the open programs with their cycles and (for
/// the coordinator) the counts of what is waiting; a second for pending profile corrections, when there are any (issue
/// 12); one for the surveys due to the person now, when they are in a pairing (<see cref="Surveys.SurveyAsks"/>).</summary>
public sealed class NextStepsHandler(AppDbContext db, CurrentStaff current, TimeProvider clock, DecideProfileCorrection.Handler corrections, StampedCache cache)
{
    /// <summary>The enrollment counts of the coordinator's queue, kept under the <see cref="CacheStamp.Enrollment"/> stamp.</summary>
    private sealed record EnrollmentCounts(int RequestsWaiting, int VolunteersToReview, int StaffWithoutAccount);

    private static readonly object CountsKey = typeof(EnrollmentCounts);

    public async Task<NextStepsModel> HandleAsync(CancellationToken cancellationToken)
    {
        var coordinator = current.IsCoordinator;
        // The coordinator's statement counts the requests, offers and staff only when the enrollment stamp is not the one
        // the counts held here were read with (ADR 0025): a home page seen again with nothing enrolled since costs no count.
        var held = coordinator && cache.TryPeek(CountsKey, out Guid heldStamp, out EnrollmentCounts? heldCounts) ? (heldStamp, heldCounts) : default;
        // With nothing held, a stamp no row has: the counts are then read even if the stamp's row were missing.
        var rows = await (coordinator ? CoordinatorQuery : StaffQuery).For(db)(db, current.UserId ?? "", held.heldCounts is null ? Guid.Empty : held.heldStamp, cancellationToken);
        var home = rows[0];
        var steps = rows.Where(r => r.Cycle.ProgramId is not null).GroupBy(r => r.Cycle!.ProgramId!.Value)
            .Select(g =>
            {
                var program = g.First().Cycle!;
                var today = clock.TodayIn(TimeZones.FindOrUtc(program.TimeZoneId!));
                var dates = g.Where(r => r.Cycle!.Opens is not null).Select(r => new CycleDates(r.Cycle!.CycleName!, r.Cycle.Opens!.Value, r.Cycle.Deadline!.Value)).ToList();
                var cycle = EnrollmentCycles.OpenOrNextOf(dates, c => c.Window, today);
                return new ProgramStep(g.Key, program.ProgramName!, cycle?.Name,
                    cycle?.Window.StateOn(today) ?? EnrollmentState.Closed,
                    cycle?.Opens, cycle?.Deadline,
                    Tenure.Evaluate(home.HireDate, program.MinimumMonths!.Value, today));
            })
            .OrderBy(p => p.ProgramName, StringComparer.Ordinal).ThenBy(p => p.ProgramId).ToList();
        var incomplete = !home.HasProfile || home.HireDate is null || home.DepartmentId is null || string.IsNullOrWhiteSpace(home.SupervisorEmail);
        CoordinatorQueue? queue = null;
        DecideProfileCorrection.Pending? pending = null;
        if (coordinator)
        {
            // Corrections are rare: a home page with none waiting costs no statement for them.
            pending = home.CorrectionsWaiting ? await corrections.ListPendingAsync(cancellationToken) : new DecideProfileCorrection.Pending([], 0);
            var counts = home.Counted is { } counted ? counted : held.heldCounts!;
            if (home.Counted is not null && home.EnrollmentStamp is { } readWith)
            {
                cache.Keep(CountsKey, readWith, counts);
            }
            queue = new CoordinatorQueue(counts.RequestsWaiting, counts.VolunteersToReview, home.FailedMail, counts.StaffWithoutAccount);
        }
        var userId = current.UserId ?? "";
        // Only someone in a pairing can owe a survey: everyone else's home page costs no statement for it.
        var surveys = home.InPairing
            ? (await Surveys.SurveyAsks.LoadAsync(db, clock, p => p.Mentee!.UserId == userId || p.Mentor!.UserId == userId, cancellationToken))
                .Where(a => a.UserId == userId && !a.IsSubmitted).OrderBy(a => a.LastDay).ThenBy(a => a.SurveyId).ToList()
            : [];
        return new NextStepsModel(home.FullName ?? "", coordinator, incomplete, steps, queue) { Corrections = pending, SurveysToAnswer = surveys };
    }

    /// <summary>The open programs' cycles as flat rows (every value nullable: a program without cycles, or no program
    /// at all, still gives a row), beside the person's staff record (one uncorrelated left join, planned once per row
    /// rather than a subquery per field) and, for the coordinator, the counts of what is waiting. Two compiled
    /// shapes rather than one with the counts switched off by a parameter: SQLite plans every subquery a statement
    /// holds each time it prepares it, used or not. The enrollment counts are read only when the stamp is not
    /// <c>held</c>: SQLite and PostgreSQL evaluate only the branch of a CASE they take.</summary>
    private static System.Linq.Expressions.Expression<Func<AppDbContext, string, Guid?, IQueryable<HomeRow>>> Rows(bool coordinator) => (db, userId, held) =>
        from one in db.OneRow()
        from staff in db.StaffMembers.Where(s => s.UserId == userId)
            .Select(s => new { Id = (int?)s.Id, FullName = (string?)s.FullName, s.HireDate, s.DepartmentId, s.SupervisorEmail })
            .DefaultIfEmpty()
        from cycle in db.Programs.Where(p => p.Status == ProgramStatus.Active)
            .SelectMany(p => p.Cycles.DefaultIfEmpty(), (p, c) => new
            {
                ProgramId = (int?)p.Id, ProgramName = (string?)p.Name, TimeZoneId = (string?)p.TimeZoneId, MinimumMonths = (int?)p.MinimumMentorTenureMonths,
                CycleName = c != null ? c.Name : null, Opens = c != null ? (DateOnly?)c.EnrollmentOpens : null, Deadline = c != null ? (DateOnly?)c.EnrollmentDeadline : null,
            })
            .DefaultIfEmpty()
        // Read once and compared below, rather than once per count.
        from enrollment in db.CacheStamps.Where(s => coordinator && s.Name == CacheStamp.Enrollment).Select(s => new { Stamp = (Guid?)s.Stamp }).DefaultIfEmpty()
        select new HomeRow(
            new CycleRow(cycle.ProgramId, cycle.ProgramName, cycle.TimeZoneId, cycle.MinimumMonths, cycle.CycleName, cycle.Opens, cycle.Deadline),
            staff.Id != null, staff.FullName, staff.HireDate, staff.DepartmentId, staff.SupervisorEmail,
            enrollment.Stamp,
            // One CASE per count (a conditional object would be projected as its columns, every count read).
            coordinator && enrollment.Stamp != held ? db.MenteeRequests.Count(r => r.Status == RequestStatus.Submitted) : null,
            coordinator && enrollment.Stamp != held ? db.MentorVolunteers.Count(v => v.Status == VolunteerStatus.Submitted) : null,
            coordinator && enrollment.Stamp != held ? db.StaffMembers.Count(s => s.UserId == null) : null,
            coordinator ? db.OutboxMessages.Count(m => m.Status == Email.OutboxStatus.Failed) : 0,
            coordinator && db.ProfileCorrectionRequests.Any(r => r.Status == ProfileCorrectionStatus.Pending),
            db.Pairings.Any(p => (p.Status == PairingStatus.Active || p.Status == PairingStatus.Completed || p.Status == PairingStatus.Dissolved)
                && (p.Mentee!.UserId == userId || p.Mentor!.UserId == userId)));

    private static readonly CompiledPerProvider<Func<AppDbContext, string, Guid?, CancellationToken, Task<List<HomeRow>>>> StaffQuery = new(() =>
        Compile(Rows(coordinator: false)));

    private static readonly CompiledPerProvider<Func<AppDbContext, string, Guid?, CancellationToken, Task<List<HomeRow>>>> CoordinatorQuery = new(() =>
        Compile(Rows(coordinator: true)));

    private static Func<AppDbContext, string, Guid?, CancellationToken, Task<List<HomeRow>>> Compile(
        System.Linq.Expressions.Expression<Func<AppDbContext, string, Guid?, IQueryable<HomeRow>>> query)
    {
        var compiled = EF.CompileAsyncQuery(query);
        return async (db, userId, held, cancellationToken) =>
        {
            var rows = new List<HomeRow>();
            await foreach (var row in compiled(db, userId, held).WithCancellation(cancellationToken))
            {
                rows.Add(row);
            }
            return rows;
        };
    }

    private sealed record CycleRow(int? ProgramId, string? ProgramName, string? TimeZoneId, int? MinimumMonths, string? CycleName, DateOnly? Opens, DateOnly? Deadline);

    private sealed record HomeRow(CycleRow Cycle, bool HasProfile, string? FullName, DateOnly? HireDate, int? DepartmentId, string? SupervisorEmail,
        Guid? EnrollmentStamp, int? RequestsWaiting, int? VolunteersToReview, int? StaffWithoutAccount, int FailedMail, bool CorrectionsWaiting, bool InPairing)
    {
        public EnrollmentCounts? Counted => RequestsWaiting is { } requests && VolunteersToReview is { } volunteers && StaffWithoutAccount is { } staff
            ? new EnrollmentCounts(requests, volunteers, staff) : null;
    }

    private sealed record CycleDates(string Name, DateOnly Opens, DateOnly Deadline)
    {
        public EnrollmentWindow Window => new(Opens, Deadline);
    }
}
