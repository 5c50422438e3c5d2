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
    public sealed record Filter(int? Cycle, string? Status, int? Topic, int? Department, string? Q, int Page = 1);

    public sealed record Choices(IReadOnlyList<SelectListItem> Cycles, IReadOnlyList<SelectListItem> Topics, IReadOnlyList<SelectListItem> Departments);

    public sealed record RequestRow(int Id, string Name, string Email, string? Department, IReadOnlyList<string> Topics, RequestStatus Status,
        DateTimeOffset SubmittedAt, bool OutsideDepartment, string Goals, string? Avoid, string? Availability, ContactMethods Contact);

    public sealed record VolunteerRow(int Id, string Name, string Email, string? Department, IReadOnlyList<string> Topics, VolunteerStatus Status,
        int Capacity, bool TrainingCompleted, DateOnly? HireDate, string? Expertise, DateTimeOffset SubmittedAt);

    public sealed record Page<T>(int ProgramId, string ProgramName, int? CycleId, Filter Filter, Choices Choices, Paged<T> Rows)
    {
        /// <summary>The program's zone, where submission times are shown and exported.</summary>
        public string TimeZoneId { get; init; } = TimeZones.Utc;
    }

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public async Task<Page<RequestRow>?> RequestsAsync(int programId, Filter filter, CancellationToken cancellationToken, int pageSize = PagingExtensions.DefaultPageSize)
        {
            if (await ScopeAsync(programId, filter, cancellationToken) is not { } scope)
            {
                return null;
            }
            var query = db.MenteeRequests.AsNoTracking().Where(r => r.CycleId == scope.CycleId);
            if (Enum.TryParse<RequestStatus>(filter.Status, out var status))
            {
                query = query.Where(r => r.Status == status);
            }
            if (filter.Topic is { } topic)
            {
                query = query.Where(r => r.Topics.Any(t => t.TopicId == topic));
            }
            if (filter.Department is { } department)
            {
                query = query.Where(r => r.StaffMember!.DepartmentId == department);
            }
            if (!string.IsNullOrWhiteSpace(filter.Q))
            {
                var term = filter.Q.Trim().ToLower();
                query = query.Where(r => r.StaffMember!.FullName.ToLower().Contains(term) || r.StaffMember.WorkEmail.Contains(term));
            }
            var rows = await query.OrderBy(r => r.Status).ThenBy(r => r.SubmittedAt).ThenBy(r => r.Id)
                .Select(r => new RequestRow(r.Id, r.StaffMember!.FullName, r.StaffMember.WorkEmail,
                    r.StaffMember.Department != null ? r.StaffMember.Department.Name : null,
                    r.Topics.OrderBy(t => t.Topic!.SortOrder).Select(t => t.Topic!.Name).ToList(), r.Status, r.SubmittedAt,
                    r.PreferMentorOutsideDepartment, r.Goals, r.Avoid, r.Availability, r.PreferredContact))
                .ToPagedAsync(filter.Page, cancellationToken, pageSize);
            return new Page<RequestRow>(programId, scope.ProgramName, scope.CycleId, filter, scope.Choices, rows) { TimeZoneId = scope.TimeZoneId };
        }

        public async Task<Page<VolunteerRow>?> VolunteersAsync(int programId, Filter filter, CancellationToken cancellationToken, int pageSize = PagingExtensions.DefaultPageSize)
        {
            if (await ScopeAsync(programId, filter, cancellationToken) is not { } scope)
            {
                return null;
            }
            var query = db.MentorVolunteers.AsNoTracking().Where(v => v.CycleId == scope.CycleId);
            if (Enum.TryParse<VolunteerStatus>(filter.Status, out var status))
            {
                query = query.Where(v => v.Status == status);
            }
            if (filter.Topic is { } topic)
            {
                query = query.Where(v => v.Topics.Any(t => t.TopicId == topic));
            }
            if (filter.Department is { } department)
            {
                query = query.Where(v => v.StaffMember!.DepartmentId == department);
            }
            if (!string.IsNullOrWhiteSpace(filter.Q))
            {
                var term = filter.Q.Trim().ToLower();
                query = query.Where(v => v.StaffMember!.FullName.ToLower().Contains(term) || v.StaffMember.WorkEmail.Contains(term)
                    || (v.Expertise != null && v.Expertise.ToLower().Contains(term)));
            }
            var rows = await query.OrderBy(v => v.Status).ThenBy(v => v.SubmittedAt).ThenBy(v => v.Id)
                .Select(v => new VolunteerRow(v.Id, v.StaffMember!.FullName, v.StaffMember.WorkEmail,
                    v.StaffMember.Department != null ? v.StaffMember.Department.Name : null,
                    v.Topics.OrderBy(t => t.Topic!.SortOrder).Select(t => t.Topic!.Name).ToList(), v.Status, v.Capacity, v.TrainingCompleted,
                    v.StaffMember.HireDate, v.Expertise, v.SubmittedAt))
                .ToPagedAsync(filter.Page, cancellationToken, pageSize);
            return new Page<VolunteerRow>(programId, scope.ProgramName, scope.CycleId, filter, scope.Choices, rows) { TimeZoneId = scope.TimeZoneId };
        }

        public enum VolunteerAction
        {
            Approve,
            Pause,
            TrainingDone,
            TrainingNotDone,
        }

        /// <summary>Changes a volunteer's standing; false when the volunteer is not in this program.</summary>
        public async Task<bool> UpdateVolunteerAsync(int programId, int volunteerId, VolunteerAction action, CancellationToken cancellationToken)
        {
            var volunteer = await db.MentorVolunteers.Include(v => v.Cycle).ThenInclude(c => c!.Program)
                .SingleOrDefaultAsync(v => v.Id == volunteerId && v.Cycle!.ProgramId == programId, cancellationToken);
            if (volunteer is null || volunteer.Status == VolunteerStatus.Withdrawn)
            {
                return false;
            }
            switch (action)
            {
                case VolunteerAction.Approve:
                    volunteer.Approve();
                    break;
                case VolunteerAction.Pause:
                    volunteer.Pause();
                    break;
                case VolunteerAction.TrainingDone:
                    volunteer.RecordTraining(volunteer.Cycle!.Program!.Today(clock));
                    break;
                default:
                    volunteer.RecordTraining(null);
                    break;
            }
            await db.SaveChangesAsync(cancellationToken);
            return true;
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
            var today = program.Today(clock);
            var cycle = program.Cycles.FirstOrDefault(c => c.Id == filter.Cycle)
                ?? program.Cycles.Where(c => c.EnrollmentOpens <= today).OrderByDescending(c => c.EnrollmentOpens).FirstOrDefault()
                ?? program.Cycles.OrderBy(c => c.EnrollmentOpens).FirstOrDefault();
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
