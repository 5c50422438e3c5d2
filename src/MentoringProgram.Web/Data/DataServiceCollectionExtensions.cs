using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
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

        // Pooled: a request reuses a context instead of building one (and its services) each time (issue 12). Safe
        // because the contexts hold no per-request state and their only interceptor is a singleton.
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
                    o.UseSqlite(connectionString).AddInterceptors(sp.GetRequiredService<StampingInterceptor>())
                        .ReplaceService<IModificationCommandBatchFactory, SqliteBatchingCommandBatchFactory>();
                    if (preparedReads)
                    {
                        o.AddInterceptors(sp.GetRequiredService<SqlitePreparedReads>());
                    }
                });
                break;
            case DatabaseProvider.SqlServer:
                builder.Services.AddDbContextPool<AppDbContext, SqlServerAppDbContext>((sp, o) =>
                    o.UseSqlServer(connectionString, s => s.EnableRetryOnFailure()).AddInterceptors(sp.GetRequiredService<StampingInterceptor>()));
                break;
            case DatabaseProvider.PostgreSql:
                builder.Services.AddDbContextPool<AppDbContext, PostgresAppDbContext>((sp, o) =>
                    o.UseNpgsql(PostgresConnection.WithPreparedStatements(connectionString)).AddInterceptors(sp.GetRequiredService<StampingInterceptor>()));
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
