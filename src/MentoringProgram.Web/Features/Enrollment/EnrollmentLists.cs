using System.Linq.Expressions;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Shared;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Enrollment;

/// <summary>The coordinator's lists of requests and volunteers for one cycle of a program, filtered, searched,
/// paged, and exported with the same filters.</summary>
public static class EnrollmentLists
{
    public sealed record Filter(int? Cycle, string? Status, int? Topic, int? Department, string? Q, int Page = 1, int? Size = null);

    public sealed record Choices(IReadOnlyList<SelectListItem> Cycles, IReadOnlyList<SelectListItem> Topics, IReadOnlyList<SelectListItem> Departments);

    /// <summary>A request as the list shows it. <see cref="TopicIds"/> is the one column the query reads for topics;
    /// <see cref="Topics"/> their names, filled in from the list's scope.</summary>
    public sealed record RequestRow(int Id, string Name, string Email, string? Department, string? TopicIds, RequestStatus Status,
        DateTimeOffset SubmittedAt, bool OutsideDepartment, string Goals, string? Avoid, string? Availability, ContactMethods Contact, bool Rematch)
    {
        public IReadOnlyList<string> Topics { get; init; } = [];
    }

    public sealed record VolunteerRow(int Id, string Name, string Email, string? Department, string? TopicIds, VolunteerStatus Status,
        int Capacity, bool TrainingCompleted, DateOnly? HireDate, string? Expertise, DateTimeOffset SubmittedAt)
    {
        public IReadOnlyList<string> Topics { get; init; } = [];

        public IReadOnlyList<VolunteerAction> AllowedActions => MentorVolunteer.ActionsAllowed(Status, TrainingCompleted);
    }

    public sealed record Page<T>(int ProgramId, string ProgramName, int? CycleId, Filter Filter, Choices Choices, Paged<T> Rows)
    {
        /// <summary>The program's zone, where submission times are shown and exported.</summary>
        public string TimeZoneId { get; init; } = TimeZones.Utc;

        /// <summary>Filter values in the address that name nothing (an unknown status, another program's topic...):
        /// each is ignored, and the page says so instead of quietly listing something else.</summary>
        public IReadOnlyList<string> FilterProblems { get; init; } = [];

        /// <summary>Names everything the list's markup is made from, when that is a kept page of the stamp that is current
        /// (ADR 0025): the view keeps its rendering under this name, so a page seen again is not rendered again. Null when
        /// the page is not kept, or when the address holds values the markup would repeat but the page's key ignores.</summary>
        public string? RenderKey { get; init; }
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock, StampedCache cache)
    {
        public Task<Page<RequestRow>?> RequestsAsync(int programId, Filter filter, CancellationToken cancellationToken, int? pageSize = null) =>
            ListAsync(programId, filter, new ListShape<MenteeRequest, RequestStatus, RequestRow>(
                r => r.Status,
                topic => r => r.Topics.Any(t => t.TopicId == topic),
                term => r => r.StaffMember!.FullName.ToLower().Contains(term) || r.StaffMember.WorkEmail.Contains(term),
                r => new RequestRow(r.Id, r.StaffMember!.FullName, r.StaffMember.WorkEmail,
                    r.StaffMember.Department != null ? r.StaffMember.Department.Name : null,
                    r.TopicIds, r.Status, r.SubmittedAt,
                    r.PreferMentorOutsideDepartment, r.Goals, r.Avoid, r.Availability, r.PreferredContact, r.RematchSince != null))
                {
                    // A request returned for rematch after its pairing was dissolved comes first among the waiting ones.
                    Later = r => r.RematchSince == null,
                },
                (row, scope) => row with { Topics = scope.TopicNames(row.TopicIds) },
                pageSize, cancellationToken);

        public Task<Page<VolunteerRow>?> VolunteersAsync(int programId, Filter filter, CancellationToken cancellationToken, int? pageSize = null) =>
            ListAsync(programId, filter, new ListShape<MentorVolunteer, VolunteerStatus, VolunteerRow>(
                v => v.Status,
                topic => v => v.Topics.Any(t => t.TopicId == topic),
                term => v => v.StaffMember!.FullName.ToLower().Contains(term) || v.StaffMember.WorkEmail.Contains(term)
                    || (v.Expertise != null && v.Expertise.ToLower().Contains(term)),
                v => new VolunteerRow(v.Id, v.StaffMember!.FullName, v.StaffMember.WorkEmail,
                    v.StaffMember.Department != null ? v.StaffMember.Department.Name : null,
                    v.TopicIds, v.Status, v.Capacity, v.TrainingCompleted,
                    v.StaffMember.HireDate, v.Expertise, v.SubmittedAt)),
                (row, scope) => row with { Topics = scope.TopicNames(row.TopicIds) },
                pageSize, cancellationToken);

        /// <summary>What differs between the two lists: the status column, how topics and search terms match,
        /// and the row a page shows. Everything else (cycle, filters, order, paging) is the one query below.</summary>
        private sealed record ListShape<TEntry, TStatus, TRow>(
            Expression<Func<TEntry, TStatus>> Status,
            Func<int, Expression<Func<TEntry, bool>>> HasTopic,
            Func<string, Expression<Func<TEntry, bool>>> Matches,
            Expression<Func<TEntry, TRow>> Row)
        {
            /// <summary>Within a status, the rows for which this is true come after the others.</summary>
            public Expression<Func<TEntry, bool>>? Later { get; init; }
        }

        private async Task<Page<TRow>?> ListAsync<TEntry, TStatus, TRow>(int programId, Filter filter, ListShape<TEntry, TStatus, TRow> shape,
            Func<TRow, EnrollmentListScope, TRow> complete, int? pageSize, CancellationToken cancellationToken)
            where TEntry : class, IEnrollmentEntry
            where TStatus : struct, Enum
            where TRow : class
        {
            if (await EnrollmentListScope.LoadAsync(db, programId, cancellationToken) is not { } scope)
            {
                return null;
            }
            var cycleId = scope.CycleId(filter.Cycle, clock);
            var query = db.Set<TEntry>().AsNoTracking().Where(e => e.CycleId == cycleId);
            var problems = new List<string>();
            var (size, sizeProblem) = pageSize is { } exact ? (exact, null) : ListPageSize.Of(filter.Size);
            if (sizeProblem is not null)
            {
                problems.Add(sizeProblem);
            }
            if (filter.Cycle is { } askedCycle && askedCycle != cycleId)
            {
                problems.Add("That cycle is not one of this program's: showing the current cycle.");
            }
            // By its exact name only: Enum.TryParse would also take "999" (a status nothing has), " Submitted" and
            // "Approved,Paused" (two names combined into a third status), and the page would repeat that text in its links.
            var hasStatus = filter.Status is not null && Enum.GetNames<TStatus>().Contains(filter.Status, StringComparer.Ordinal);
            var status = hasStatus ? Enum.Parse<TStatus>(filter.Status!) : default;
            if (!string.IsNullOrWhiteSpace(filter.Status) && !hasStatus)
            {
                problems.Add($"There is no status \"{filter.Status}\": showing every status.");
            }
            if (filter.Topic is { } askedTopic && !scope.ProgramTopics.Any(t => t.Value == askedTopic.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            {
                problems.Add("That topic is not offered by this program: showing every topic.");
                filter = filter with { Topic = null };
            }
            if (filter.Department is { } askedDepartment && !scope.Departments.Any(d => d.Value == askedDepartment.ToString(System.Globalization.CultureInfo.InvariantCulture)))
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
            async Task<Paged<TRow>> ReadAsync(CancellationToken ct)
            {
                var rows = await query.ToPagedAsync(q => (shape.Later is { } later ? q.OrderBy(shape.Status).ThenBy(later) : q.OrderBy(shape.Status)).ThenBy(e => e.SubmittedAt).ThenBy(e => e.Id),
                    shape.Row, db, filter.Page, ct, size);
                return rows with { Items = [.. rows.Items.Select(r => complete(r, scope))] };
            }
            // A page is kept while nothing it was read from changes (ADR 0025): the coordinator goes back and forth between
            // a list and its rows. Not a search (its words are endless) nor an export (its page is the whole list).
            // Only a page that exists is kept, under its own number: any number may be asked for (0, -3, 2,000,000,000 all
            // show the first or last page), and keeping each would let one coordinator grow memory without bound.
            var kept = string.IsNullOrWhiteSpace(filter.Q) && pageSize is null;
            var asked = Math.Max(filter.Page, 1);
            var page = kept
                ? await cache.GetAsync((typeof(TRow), cycleId, hasStatus ? status : (TStatus?)null, filter.Topic, filter.Department, asked, size), scope.Stamp, ReadAsync, cancellationToken,
                    keep: read => read.Page == asked)
                : await ReadAsync(cancellationToken);
            // The markup repeats the address's filter (links, the filter form), so its rendering is kept only when every
            // value there is one the page's key bounds: no problem to report, no search, the page number as shown.
            var renderable = kept && cache.Enabled && scope.Stamp is not null && page.Page == asked && filter.Page == asked && problems.Count == 0
                && (filter.Status is null || hasStatus) && filter.Q is null;
            var choices = new Choices(scope.CycleChoices(cycleId), scope.ProgramTopics, scope.Departments);
            return new Page<TRow>(programId, scope.ProgramName, cycleId, filter, choices, page)
            {
                TimeZoneId = scope.TimeZoneId,
                FilterProblems = problems,
                RenderKey = renderable ? $"{scope.Stamp:N}|{typeof(TRow).Name}|{programId}|{cycleId}|{filter}" : null,
            };
        }
    }
}
