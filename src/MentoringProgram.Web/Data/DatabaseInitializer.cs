using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Data;

/// <summary>Brings the database to the current schema and makes sure what every installation needs exists:
/// the roles, the six starting topics, the default surveys of programs that have none, the starting resource library and the mail server's status row (which <see cref="OneRowQuery"/> also uses).</summary>
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
        // Programs made before surveys existed get the default ones here, once, at the next start (new programs get them
        // when they are created). A program that has any survey, default or its coordinator's own, is left alone; one whose
        // every survey was removed gets the defaults again at the next start.
        var withoutSurveys = await db.Programs.Where(p => !db.Surveys.Any(s => s.ProgramId == p.Id)).Select(p => p.Id).ToListAsync(cancellationToken);
        if (withoutSurveys.Count > 0)
        {
            db.Surveys.AddRange(withoutSurveys.SelectMany(DefaultSurveys.For));
            await db.SaveChangesAsync(cancellationToken);
        }
        if (!await db.Resources.AnyAsync(cancellationToken))
        {
            db.Resources.AddRange(ResourceSeeds.Library());
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
