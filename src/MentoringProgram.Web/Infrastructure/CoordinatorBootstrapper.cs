using MentoringProgram.Web.Data;
using MentoringProgram.Web.Email;
using MentoringProgram.Web.Email.Templates;
using MentoringProgram.Web.Features.Account;
using MentoringProgram.Web.Features.Account.Mails;
using Microsoft.AspNetCore.Identity;

namespace MentoringProgram.Web.Infrastructure;

/// <summary>Makes someone a coordinator without any password passing through configuration: an existing
/// login is promoted; a new one is created with no password and a set-password link is mailed and returned.</summary>
public sealed class CoordinatorBootstrapper(UserManager<ApplicationUser> users, EmailOutbox outbox, AppLinks links, MailRenderer mail, AppDbContext db)
{
    public async Task<CoordinatorInvite> EnsureCoordinatorAsync(string email, CancellationToken cancellationToken = default)
    {
        var user = await users.FindByEmailAsync(email);
        var created = false;
        if (user is null)
        {
            user = new ApplicationUser { UserName = email, Email = email, EmailConfirmed = true };
            var result = await users.CreateAsync(user);
            if (!result.Succeeded)
            {
                throw new InvalidOperationException(string.Join(" ", result.Errors.Select(e => e.Description)));
            }
            created = true;
        }
        if (!await users.IsInRoleAsync(user, Roles.Coordinator))
        {
            await users.AddToRoleAsync(user, Roles.Coordinator);
        }
        if (!created && await users.HasPasswordAsync(user))
        {
            return new CoordinatorInvite(email, Created: false, SetPasswordLink: null);
        }
        var code = AccountMail.Encode(await users.GeneratePasswordResetTokenAsync(user));
        var link = AccountMail.ResetPasswordLink(links, code);
        await outbox.QueueAsync($"coordinator-invite:{user.Id}:{user.SecurityStamp}", email, null,
            await mail.RenderAsync(new CoordinatorInviteMail { SetPasswordLink = link }), cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return new CoordinatorInvite(email, created, link);
    }
}
