using System.Security.Claims;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Infrastructure;

/// <summary>The signed-in person's staff profile: the root of every "my own records" access check.</summary>
public sealed class CurrentStaff(IHttpContextAccessor http, AppDbContext db)
{
    private StaffMember? _staff;

    public string? UserId => http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier);

    public bool IsCoordinator => http.HttpContext?.User.IsInRole(Roles.Coordinator) ?? false;

    public async Task<StaffMember?> FindAsync(CancellationToken cancellationToken = default)
    {
        if (_staff is not null || UserId is not { } userId)
        {
            return _staff;
        }
        _staff = await db.StaffMembers.Include(s => s.Department).SingleOrDefaultAsync(s => s.UserId == userId, cancellationToken);
        return _staff;
    }
}
