using MentoringProgram.Web.Data;
using MentoringProgram.Web.Features.Shared;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Staff;

public static class ListStaff
{
    public sealed record Query(string? Search, int? DepartmentId, int Page = 1);

    public sealed record Row(int Id, string FullName, string WorkEmail, string? Department, string? JobTitle, DateOnly? HireDate, bool HasLogin);

    public sealed record Result(Query Query, Paged<Row> Staff, IReadOnlyList<SelectListItem> Departments);

    public sealed class Handler(AppDbContext db)
    {
        public async Task<Result> HandleAsync(Query query, CancellationToken cancellationToken)
        {
            var staff = db.StaffMembers.AsNoTracking();
            if (!string.IsNullOrWhiteSpace(query.Search))
            {
                var term = query.Search.Trim().ToLower();
                staff = staff.Where(s => s.FullName.ToLower().Contains(term) || s.WorkEmail.Contains(term)
                    || (s.JobTitle != null && s.JobTitle.ToLower().Contains(term)));
            }
            if (query.DepartmentId is { } departmentId)
            {
                staff = staff.Where(s => s.DepartmentId == departmentId);
            }
            var page = await staff.ToPagedAsync(q => q.OrderBy(s => s.FullName).ThenBy(s => s.Id),
                s => new Row(s.Id, s.FullName, s.WorkEmail, s.Department != null ? s.Department.Name : null, s.JobTitle, s.HireDate, s.UserId != null),
                    db, query.Page, cancellationToken);
            var departments = await db.Departments.AsNoTracking().OrderBy(d => d.Name)
                .Select(d => new SelectListItem(d.Name, d.Id.ToString())).ToListAsync(cancellationToken);
            return new Result(query, page, departments);
        }
    }
}
