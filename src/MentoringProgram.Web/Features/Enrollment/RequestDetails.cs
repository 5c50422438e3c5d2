using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Enrollment;

/// <summary>Everything a staff member wrote in a request, for the coordinator who will match them.</summary>
public static class RequestDetails
{
    public sealed record Result(
        int ProgramId,
        string ProgramName,
        string CycleName,
        string Name,
        string Email,
        string? Department,
        string? JobTitle,
        DateOnly? HireDate,
        string? Supervisor,
        string? Location,
        RequestStatus Status,
        DateTimeOffset SubmittedAt,
        IReadOnlyList<string> Topics,
        string Goals,
        string? Strengths,
        string? Weaknesses,
        string? Opportunities,
        string? Threats,
        ContactMethods Contact,
        bool OutsideDepartment,
        string? Avoid,
        string? Availability,
        bool ReadExpectations,
        bool InformedSupervisor)
    {
        public int RequestId { get; init; }

        /// <summary>Staff the mentee would rather not be matched with, by name (coordinator only).</summary>
        public IReadOnlyList<string> AvoidNames { get; init; } = [];

        /// <summary>The program's zone, where the submission time is shown.</summary>
        public string TimeZoneId { get; init; } = TimeZones.Utc;
    }

    public sealed class Handler(AppDbContext db)
    {
        public Task<Result?> HandleAsync(int programId, int requestId, CancellationToken cancellationToken) =>
            db.MenteeRequests.AsNoTracking()
                .Where(r => r.Id == requestId && r.Cycle!.ProgramId == programId)
                .Select(r => new Result(
                    r.Cycle!.ProgramId, r.Cycle.Program!.Name, r.Cycle.Name,
                    r.StaffMember!.FullName, r.StaffMember.WorkEmail, r.StaffMember.Department != null ? r.StaffMember.Department.Name : null,
                    r.StaffMember.JobTitle, r.StaffMember.HireDate, r.StaffMember.SupervisorName, r.StaffMember.Location,
                    r.Status, r.SubmittedAt, r.Topics.OrderBy(t => t.Topic!.SortOrder).Select(t => t.Topic!.Name).ToList(),
                    r.Goals, r.Strengths, r.Weaknesses, r.Opportunities, r.Threats, r.PreferredContact, r.PreferMentorOutsideDepartment,
                    r.Avoid, r.Availability, r.ReadExpectations, r.InformedSupervisor)
                {
                    RequestId = r.Id,
                    AvoidNames = r.AvoidStaff.Join(db.StaffMembers, a => a.StaffMemberId, s => s.Id, (a, s) => s.FullName).ToList(),
                    TimeZoneId = r.Cycle.Program.TimeZoneId,
                })
                .SingleOrDefaultAsync(cancellationToken);
    }
}
