using System.Security.Claims;
using MentoringProgram.Web.Data;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace MentoringProgram.Web.Infrastructure;

/// <summary>
/// Checks a sign-in cookie on each request: past the absolute lifetime it ends; once the security-stamp interval has
/// passed, the account's stamp and roles are read in one statement. A changed stamp (password change, sign-out
/// everywhere, deleted account) ends the session; changed roles replace the cookie's roles. Identity's own validator
/// rebuilds the whole principal through UserManager and SignInManager instead, seven statements every minute of
/// every session (issue 12), and drops claims made at sign-in such as the authentication method.
/// </summary>
public sealed class SessionValidator(AppDbContext db, TimeProvider clock, SessionCheckCache recentChecks, IOptions<SecurityStampValidatorOptions> stampOptions, IOptions<IdentityOptions> identityOptions)
{
    /// <summary>The account's stamp and roles in one statement, compiled: past the first minute of a session every
    /// request runs it.</summary>
    private static readonly CompiledPerProvider<Func<AppDbContext, string, CancellationToken, Task<Account?>>> AccountQuery = new(() =>
        EF.CompileAsyncQuery((AppDbContext db, string userId, CancellationToken _) => db.Users.AsNoTracking().Where(u => u.Id == userId)
            .Select(u => new Account(u.SecurityStamp,
                db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => r.Name!).ToList()))
            .SingleOrDefault()));

    private sealed record Account(string? SecurityStamp, List<string> Roles);

    public async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var now = clock.GetUtcNow();
        if (SessionLifetime.IsPastAbsoluteExpiry(context.Properties, now))
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            return;
        }
        if (context.Properties.IssuedUtc is { } issued && now - issued <= stampOptions.Value.ValidationInterval)
        {
            return;
        }
        var claims = identityOptions.Value.ClaimsIdentity;
        var principal = context.Principal;
        var userId = principal?.FindFirstValue(claims.UserIdClaimType);
        var stamp = principal?.FindFirstValue(claims.SecurityStampClaimType);
        var interval = stampOptions.Value.ValidationInterval;
        // Checked on this instance within the interval: nothing to read, and no new cookie (the next real check
        // reissues it).
        var recentRoles = userId is null || stamp is null ? null : recentChecks.RecentRoles(userId, stamp, interval);
        var account = recentRoles is not null ? new Account(stamp, [.. recentRoles])
            : userId is null ? null : await AccountQuery.For(db)(db, userId, context.HttpContext.RequestAborted);
        if (account is null || stamp is null || !string.Equals(account.SecurityStamp, stamp, StringComparison.Ordinal))
        {
            // As Identity does: the device stops being remembered for the second step too.
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(IdentityConstants.ApplicationScheme);
            await context.HttpContext.SignOutAsync(IdentityConstants.TwoFactorRememberMeScheme);
            return;
        }
        var identity = (ClaimsIdentity)principal!.Identity!;
        var cookieRoles = identity.FindAll(claims.RoleClaimType).Select(c => c.Value).ToHashSet(StringComparer.Ordinal);
        if (!cookieRoles.SetEquals(account.Roles))
        {
            var refreshed = identity.Clone();
            foreach (var role in refreshed.FindAll(claims.RoleClaimType).ToList())
            {
                refreshed.RemoveClaim(role);
            }
            refreshed.AddClaims(account.Roles.Select(r => new Claim(claims.RoleClaimType, r)));
            context.ReplacePrincipal(new ClaimsPrincipal(refreshed));
            context.ShouldRenew = true;
        }
        if (recentRoles is null)
        {
            recentChecks.Remember(userId!, stamp, account.Roles);
            // Reissued with a new issue time: the next check is one interval from now.
            context.ShouldRenew = true;
        }
    }
}
