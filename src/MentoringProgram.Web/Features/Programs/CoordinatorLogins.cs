using MentoringProgram.Web.Data;
using MentoringProgram.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Programs;

/// <summary>Who the coordinators are, for mail: every login with the Coordinator role and an address, in one statement
/// and a stable order. The one query behind the coordinator notices (<see cref="ProgramNoticeRecipients"/>) and the
/// weekly digest (<see cref="Reminders.CoordinatorDigest"/>), so the two cannot reach different people.</summary>
public static class CoordinatorLogins
{
    public sealed record Login(string UserId, string Email);

    public static Task<List<Login>> ListAsync(AppDbContext db, CancellationToken cancellationToken) =>
        db.Users.AsNoTracking()
            .Where(u => u.Email != null && db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == Roles.Coordinator)))
            .OrderBy(u => u.Id).Select(u => new Login(u.Id, u.Email!))
            .ToListAsync(cancellationToken);
}
