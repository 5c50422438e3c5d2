using MentoringProgram.Web.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MentoringProgram.Web.Infrastructure;

/// <summary>Every new login, however created (registration page, command line, seeding), becomes staff
/// with a linked profile: one place instead of one per page, and one unit of work, so a failure in the middle
/// never leaves a login without its role or profile (issue 10, item 8).</summary>
public sealed class AppUserManager(
    IUserStore<ApplicationUser> store,
    IOptions<IdentityOptions> optionsAccessor,
    IPasswordHasher<ApplicationUser> passwordHasher,
    IEnumerable<IUserValidator<ApplicationUser>> userValidators,
    IEnumerable<IPasswordValidator<ApplicationUser>> passwordValidators,
    ILookupNormalizer keyNormalizer,
    IdentityErrorDescriber errors,
    IServiceProvider services,
    ILogger<UserManager<ApplicationUser>> logger,
    StaffAccountLinker linker,
    SessionCheckCache sessionChecks,
    AppDbContext db)
    : UserManager<ApplicationUser>(store, optionsAccessor, passwordHasher, userValidators, passwordValidators, keyNormalizer, errors, services, logger)
{
    public override Task<IdentityResult> CreateAsync(ApplicationUser user) =>
        db.InTransactionAsync(async () =>
        {
            var result = await base.CreateAsync(user);
            if (!result.Succeeded)
            {
                return result;
            }
            var role = await AddToRoleAsync(user, Roles.Staff);
            if (!role.Succeeded)
            {
                return role;
            }
            await linker.LinkAsync(user, CancellationToken);
            return result;
        }, result => result.Succeeded, CancellationToken);

    /// <summary>Every change to an account (password, roles, security stamp) ends here: this instance forgets the
    /// account's recent session checks, so its own sessions are checked against the change on their next request.</summary>
    protected override async Task<IdentityResult> UpdateUserAsync(ApplicationUser user)
    {
        var result = await base.UpdateUserAsync(user);
        sessionChecks.Forget(user.Id);
        return result;
    }

    public override async Task<IdentityResult> DeleteAsync(ApplicationUser user)
    {
        // Unlinked here rather than by the database's ON DELETE SET NULL, which EF never sees: as a change of its own the
        // staff record is saved with the deletion, and renews the enrollment stamp (ADR 0025) like any other.
        foreach (var staff in await db.StaffMembers.Where(s => s.UserId == user.Id).ToListAsync(CancellationToken))
        {
            staff.UnlinkLogin();
        }
        var result = await base.DeleteAsync(user);
        sessionChecks.Forget(user.Id);
        return result;
    }
}
