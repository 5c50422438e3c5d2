using MentoringProgram.Web.Data;
using Microsoft.AspNetCore.Identity;
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
}
