using MentoringProgram.Web.Data;
using MentoringProgram.Web.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>Fails when the model the app runs with is not what a provider's migrations build. The model
/// comes from the app's own service registration (Identity options shape it), not a bare context.</summary>
public class MigrationTests
{
    public static TheoryData<string, string> Providers => new()
    {
        { "Sqlite", "Data Source=unused.db" },
        { "SqlServer", "Server=unused;Database=unused;TrustServerCertificate=true" },
        { "PostgreSql", "Host=unused;Database=unused" },
    };

    [Theory]
    [MemberData(nameof(Providers))]
    public async Task EveryProvidersMigrations_MatchTheRuntimeModel(string provider, string connectionString)
    {
        var builder = WebApplication.CreateBuilder();
        // Production (the default environment) refuses to start without these; the model does not depend on them.
        builder.Configuration["AllowedHosts"] = "mentoring.example.test";
        builder.Configuration["Email:PublicBaseUrl"] = "https://mentoring.example.test";
        builder.Configuration["Database:Provider"] = provider;
        builder.Configuration["Database:ConnectionString"] = connectionString;
        builder.AddWeb();
        builder.AddData();
        builder.AddAccounts();
        await using var app = builder.Build();
        using var scope = app.Services.CreateScope();
        var context = scope.ServiceProvider.GetRequiredService<AppDbContext>();

        Assert.NotEmpty(context.Database.GetMigrations());
        Assert.False(context.Database.HasPendingModelChanges(),
            $"The {provider} migrations are behind the model: run dotnet ef migrations add <Name> --context {context.GetType().Name} --output-dir Data/Migrations/{provider}");
    }
}
