using MentoringProgram.Testing;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Email;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Respawn;
using Respawn.Graph;

namespace MentoringProgram.IntegrationTests.Infrastructure;

/// <summary>
/// Puts a fixture's database back to what a fresh installation holds before each test: Respawn empties every table
/// except the migration history, the roles and the Data Protection keys (the running app's cookies depend on them),
/// the mail server's status goes back to reachable, start-up seeding runs again, and the clock returns to the
/// fixed start. So no test sees another's rows, and the order tests run in does not matter.
/// </summary>
public sealed class DatabaseReset(TestAppFactory app)
{
    private Respawner? _respawner;

    public async Task ResetAsync()
    {
        using var scope = app.Services.CreateScope();
        var services = scope.ServiceProvider;
        var db = services.GetRequiredService<AppDbContext>();
        var connection = await OwnConnection.OpenAsync(db);
        try
        {
            _respawner ??= await Respawner.CreateAsync(connection, Options(db));
            await _respawner.ResetAsync(connection);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }

        await db.MailServerStatuses.ExecuteUpdateAsync(s => s
            .SetProperty(m => m.UnreachableSince, (DateTimeOffset?)null)
            .SetProperty(m => m.NextTryAt, (DateTimeOffset?)null)
            .SetProperty(m => m.ConsecutiveFailures, 0)
            .SetProperty(m => m.LastError, (string?)null), TestContext.Current.CancellationToken);
        // The rows went without a save, and their ids come round again: caches must not take new rows for the old ones.
        var renewed = Guid.NewGuid();
        await db.CacheStamps.ExecuteUpdateAsync(s => s.SetProperty(c => c.Stamp, renewed), TestContext.Current.CancellationToken);
        await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(TestContext.Current.CancellationToken);
        if (app.Settings.TryGetValue("Demo:Seed", out var seed) && seed == "true")
        {
            await services.GetRequiredService<DemoDataSeeder>().SeedAsync(app.Settings["Demo:Password"]!, TestContext.Current.CancellationToken);
        }
        app.Clock.AdjustTime(TestAppFactory.Start);
    }

    private RespawnerOptions Options(AppDbContext db)
    {
        var postgres = app.Database.Provider == DatabaseProvider.PostgreSql;
        Table Keep<T>() => TableOf(db, typeof(T), postgres);
        return new RespawnerOptions
        {
            DbAdapter = postgres ? DbAdapter.Postgres : DbAdapter.Sqlite,
            // PostgreSQL also holds Hangfire's schema, which the app manages itself.
            SchemasToInclude = postgres ? ["public"] : [],
            TablesToIgnore = [postgres ? new Table("public", "__EFMigrationsHistory") : new Table("__EFMigrationsHistory"),
                Keep<IdentityRole>(), Keep<DataProtectionKey>(), Keep<MailServerStatus>(), Keep<CacheStamp>()],
        };
    }

    private static Table TableOf(AppDbContext db, Type entity, bool postgres)
    {
        var name = db.Model.FindEntityType(entity)?.GetTableName() ?? throw new InvalidOperationException($"{entity.Name} is not mapped.");
        return postgres ? new Table("public", name) : new Table(name);
    }
}
