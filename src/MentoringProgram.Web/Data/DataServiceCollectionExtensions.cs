using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Update;

namespace MentoringProgram.Web.Data;

public static class DataServiceCollectionExtensions
{
    public static WebApplicationBuilder AddData(this WebApplicationBuilder builder)
    {
        var options = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = ResolveConnectionString(options, builder.Environment.ContentRootPath);
        builder.Services.AddSingleton(new DatabaseOptions { Provider = options.Provider, ConnectionString = connectionString });
        builder.Services.AddSingleton<StampingInterceptor>();
        builder.Services.AddSingleton<CacheStampInterceptor>();

        // Pooled: a request reuses a context instead of building one (and its services) each time (issue 12). Safe
        // because the contexts hold no per-request state and their interceptors are singletons.
        switch (options.Provider)
        {
            case DatabaseProvider.Sqlite:
                var preparedReads = options.SqlitePreparedReads && SqliteReadConnections.Serves(connectionString);
                if (preparedReads)
                {
                    builder.Services.AddSingleton(_ => new SqliteReadConnections(connectionString));
                    builder.Services.AddSingleton<SqlitePreparedReads>();
                }
                builder.Services.AddDbContextPool<AppDbContext, SqliteAppDbContext>((sp, o) =>
                {
                    o.UseSqlite(connectionString).AddInterceptors(SaveInterceptors(sp))
                        .ReplaceService<IModificationCommandBatchFactory, SqliteBatchingCommandBatchFactory>();
                    if (preparedReads)
                    {
                        o.AddInterceptors(sp.GetRequiredService<SqlitePreparedReads>());
                    }
                });
                break;
            case DatabaseProvider.SqlServer:
                builder.Services.AddDbContextPool<AppDbContext, SqlServerAppDbContext>((sp, o) =>
                    o.UseSqlServer(connectionString, s => s.EnableRetryOnFailure()).AddInterceptors(SaveInterceptors(sp)));
                break;
            case DatabaseProvider.PostgreSql:
                builder.Services.AddDbContextPool<AppDbContext, PostgresAppDbContext>((sp, o) =>
                    o.UseNpgsql(PostgresConnection.WithPreparedStatements(connectionString)).AddInterceptors(SaveInterceptors(sp)));
                break;
            default:
                throw new InvalidOperationException($"Unknown database provider '{options.Provider}'.");
        }

        // Keys in the database so every app instance shares them: cookies and signed links made by one
        // instance are accepted by the others.
        builder.Services.AddDataProtection()
            .SetApplicationName("MentoringProgram")
            .PersistKeysToDbContext<AppDbContext>();

        builder.Services.AddScoped<DatabaseInitializer>();
        builder.Services.AddScoped<DemoDataSeeder>();
        return builder;
    }

    /// <summary>What every save goes through on every provider: times and concurrency stamps, then cache stamps.</summary>
    private static IInterceptor[] SaveInterceptors(IServiceProvider sp) =>
        [sp.GetRequiredService<StampingInterceptor>(), sp.GetRequiredService<CacheStampInterceptor>()];

    private static string ResolveConnectionString(DatabaseOptions options, string contentRoot)
    {
        if (!string.IsNullOrWhiteSpace(options.ConnectionString))
        {
            return options.ConnectionString;
        }
        if (options.Provider != DatabaseProvider.Sqlite)
        {
            throw new InvalidOperationException($"Set Database:ConnectionString for the {options.Provider} provider.");
        }
        var folder = Path.Combine(contentRoot, "App_Data");
        Directory.CreateDirectory(folder);
        return $"Data Source={Path.Combine(folder, "mentoring.db")}";
    }
}
