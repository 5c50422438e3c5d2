using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Data;

/// <summary>Brings the database to the current schema and makes sure what every installation needs exists:
/// the roles, the six starting topics, the starting resource library and the mail server's status row (which <see cref="OneRowQuery"/> also uses).</summary>
public sealed class DatabaseInitializer(AppDbContext db, RoleManager<IdentityRole> roles)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await db.Database.MigrateAsync(cancellationToken);
        foreach (var role in Roles.All)
        {
            if (!await roles.RoleExistsAsync(role))
            {
                await roles.CreateAsync(new IdentityRole(role));
            }
        }
        if (!await db.MailServerStatuses.AnyAsync(s => s.Id == Email.MailServerStatus.SingletonId, cancellationToken))
        {
            db.MailServerStatuses.Add(Email.MailServerStatus.Reachable());
            await db.SaveChangesAsync(cancellationToken);
        }
        if (!await db.Topics.AnyAsync(cancellationToken))
        {
            db.Topics.AddRange(Topic.SeedTopics());
            await db.SaveChangesAsync(cancellationToken);
        }
        // Default surveys are given to a program when it is created (SaveProgram, and the demo data), never here: a program
        // with no survey may be one whose coordinator deleted them, and starting the app must not bring them back.
        if (!await db.Resources.AnyAsync(cancellationToken))
        {
            db.Resources.AddRange(ResourceSeeds.Library());
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
