using System.Linq.Expressions;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Enrollment;

/// <summary>The coordinator's lists of requests and volunteers for one cycle of a program, filtered, searched,
/// paged, and exported with the same filters.</summary>
public static class EnrollmentLists
{
    public sealed record Filter(int? Cycle, string? Status, int? Topic, int? Department, string? Q, int Page = 1, int? Size = null);

    public sealed record Choices(IReadOnlyList<SelectListItem> Cycles, IReadOnlyList<SelectListItem> Topics, IReadOnlyList<SelectListItem> Departments);

    public sealed record RequestRow(int Id, string Name, string Email, string? Department, IReadOnlyList<string> Topics, RequestStatus Status,
        DateTimeOffset SubmittedAt, bool OutsideDepartment, string Goals, string? Avoid, string? Availability, ContactMethods Contact);

    public sealed record VolunteerRow(int Id, string Name, string Email, string? Department, IReadOnlyList<string> Topics, VolunteerStatus Status,
        int Capacity, bool TrainingCompleted, DateOnly? HireDate, string? Expertise, DateTimeOffset SubmittedAt)
    {
        public IReadOnlyList<VolunteerAction> AllowedActions => MentorVolunteer.ActionsAllowed(Status, TrainingCompleted);
    }

    public sealed record Page<T>(int ProgramId, string ProgramName, int? CycleId, Filter Filter, Choices Choices, Paged<T> Rows)
    {
        /// <summary>The program's zone, where submission times are shown and exported.</summary>
        public string TimeZoneId { get; init; } = TimeZones.Utc;

        /// <summary>Filter values in the address that name nothing (an unknown status, another program's topic...):
        /// each is ignored, and the page says so instead of quietly listing something else.</summary>
        public IReadOnlyList<string> FilterProblems { get; init; } = [];
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public Task<Page<RequestRow>?> RequestsAsync(int programId, Filter filter, CancellationToken cancellationToken, int? pageSize = null) =>
            ListAsync(programId, filter, new ListShape<MenteeRequest, RequestStatus, RequestRow>(
                r => r.Status,
                topic => r => r.Topics.Any(t => t.TopicId == topic),
                term => r => r.StaffMember!.FullName.ToLower().Contains(term) || r.StaffMember.WorkEmail.Contains(term),
                r => new RequestRow(r.Id, r.StaffMember!.FullName, r.StaffMember.WorkEmail,
                    r.StaffMember.Department != null ? r.StaffMember.Department.Name : null,
                    r.Topics.OrderBy(t => t.Topic!.SortOrder).Select(t => t.Topic!.Name).ToList(), r.Status, r.SubmittedAt,
                    r.PreferMentorOutsideDepartment, r.Goals, r.Avoid, r.Availability, r.PreferredContact)),
                pageSize, cancellationToken);

        public Task<Page<VolunteerRow>?> VolunteersAsync(int programId, Filter filter, CancellationToken cancellationToken, int? pageSize = null) =>
            ListAsync(programId, filter, new ListShape<MentorVolunteer, VolunteerStatus, VolunteerRow>(
                v => v.Status,
                topic => v => v.Topics.Any(t => t.TopicId == topic),
                term => v => v.StaffMember!.FullName.ToLower().Contains(term) || v.StaffMember.WorkEmail.Contains(term)
                    || (v.Expertise != null && v.Expertise.ToLower().Contains(term)),
                v => new VolunteerRow(v.Id, v.StaffMember!.FullName, v.StaffMember.WorkEmail,
                    v.StaffMember.Department != null ? v.StaffMember.Department.Name : null,
                    v.Topics.OrderBy(t => t.Topic!.SortOrder).Select(t => t.Topic!.Name).ToList(), v.Status, v.Capacity, v.TrainingCompleted,
                    v.StaffMember.HireDate, v.Expertise, v.SubmittedAt)),
                pageSize, cancellationToken);

        /// <summary>What differs between the two lists: the status column, how topics and search terms match,
        /// and the row a page shows. Everything else (cycle, filters, order, paging) is the one query below.</summary>
        private sealed record ListShape<TEntry, TStatus, TRow>(
            Expression<Func<TEntry, TStatus>> Status,
            Func<int, Expression<Func<TEntry, bool>>> HasTopic,
            Func<string, Expression<Func<TEntry, bool>>> Matches,
            Expression<Func<TEntry, TRow>> Row);

        private async Task<Page<TRow>?> ListAsync<TEntry, TStatus, TRow>(int programId, Filter filter, ListShape<TEntry, TStatus, TRow> shape, int? pageSize, CancellationToken cancellationToken)
            where TEntry : class, IEnrollmentEntry
            where TStatus : struct, Enum
        {
            if (await ScopeAsync(programId, filter, cancellationToken) is not { } scope)
            {
                return null;
            }
            var query = db.Set<TEntry>().AsNoTracking().Where(e => e.CycleId == scope.CycleId);
            var problems = new List<string>();
            var (size, sizeProblem) = pageSize is { } exact ? (exact, null) : ListPageSize.Of(filter.Size);
            if (sizeProblem is not null)
            {
                problems.Add(sizeProblem);
            }
            if (filter.Cycle is { } askedCycle && askedCycle != scope.CycleId)
            {
                problems.Add("That cycle is not one of this program's: showing the current cycle.");
            }
            // By name only: Enum.TryParse would also take "999", a status nothing has, and list nothing.
            var hasStatus = Enum.TryParse<TStatus>(filter.Status, ignoreCase: false, out var status) && Enum.IsDefined(status)
                && !int.TryParse(filter.Status, out _);
            if (!string.IsNullOrWhiteSpace(filter.Status) && !hasStatus)
            {
                problems.Add($"There is no status \"{filter.Status}\": showing every status.");
            }
            if (filter.Topic is { } askedTopic && !scope.Choices.Topics.Any(t => t.Value == askedTopic.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            {
                problems.Add("That topic is not offered by this program: showing every topic.");
                filter = filter with { Topic = null };
            }
            if (filter.Department is { } askedDepartment && !scope.Choices.Departments.Any(d => d.Value == askedDepartment.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            {
                problems.Add("There is no such department: showing every department.");
                filter = filter with { Department = null };
            }
            if (hasStatus)
            {
                var equals = Expression.Equal(shape.Status.Body, Expression.Constant(status));
                query = query.Where(Expression.Lambda<Func<TEntry, bool>>(equals, shape.Status.Parameters));
            }
            if (filter.Topic is { } topic)
            {
                query = query.Where(shape.HasTopic(topic));
            }
            if (filter.Department is { } department)
            {
                query = query.Where(e => db.StaffMembers.Any(s => s.Id == e.StaffMemberId && s.DepartmentId == department));
            }
            if (!string.IsNullOrWhiteSpace(filter.Q))
            {
                query = query.Where(shape.Matches(filter.Q.Trim().ToLower()));
            }
            var rows = await query.OrderBy(shape.Status).ThenBy(e => e.SubmittedAt).ThenBy(e => e.Id)
                .Select(shape.Row)
                .ToPagedAsync(filter.Page, cancellationToken, size);
            return new Page<TRow>(programId, scope.ProgramName, scope.CycleId, filter, scope.Choices, rows) { TimeZoneId = scope.TimeZoneId, FilterProblems = problems };
        }

        private sealed record Scope(string ProgramName, string TimeZoneId, int? CycleId, Choices Choices);

        private async Task<Scope?> ScopeAsync(int programId, Filter filter, CancellationToken cancellationToken)
        {
            var program = await db.Programs.AsNoTracking().Include(p => p.Cycles).Include(p => p.Topics).ThenInclude(t => t.Topic)
                .SingleOrDefaultAsync(p => p.Id == programId, cancellationToken);
            if (program is null)
            {
                return null;
            }
            var cycle = program.Cycles.FirstOrDefault(c => c.Id == filter.Cycle) ?? program.CurrentCycle(program.Today(clock));
            var departments = await db.Departments.AsNoTracking().OrderBy(d => d.Name)
                .Select(d => new SelectListItem(d.Name, d.Id.ToString())).ToListAsync(cancellationToken);
            var choices = new Choices(
                program.Cycles.OrderByDescending(c => c.EnrollmentOpens).Select(c => new SelectListItem(c.Name, c.Id.ToString(), c.Id == cycle?.Id)).ToList(),
                program.Topics.Select(t => t.Topic!).OrderBy(t => t.SortOrder).Select(t => new SelectListItem(t.Name, t.Id.ToString())).ToList(),
                departments);
            return new Scope(program.Name, program.TimeZoneId, cycle?.Id, choices);
        }
    }
}
