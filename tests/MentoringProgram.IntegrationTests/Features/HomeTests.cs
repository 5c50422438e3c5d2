using MentoringProgram.IntegrationTests.Infrastructure;

namespace MentoringProgram.IntegrationTests.Features;

public abstract class HomeTests(AppFixture fixture) : AppTests(fixture)
{
    [Fact]
    public async Task Home_WithoutAHireDate_SaysSoOnce_NotOnEveryProgramCard()
    {
        await App.CreateProgramAsync();
        await App.CreateProgramAsync();
        var email = Unique("coord");
        await App.CreateUserAsync(email, coordinator: true);
        var client = await LoginAsync(email);

        var home = await client.GetPageAsync("/");
        var text = home.QuerySelector("main")!.TextContent;

        Assert.True(home.QuerySelectorAll("main section.card h3").Length >= 2, "expected at least two program cards");
        Assert.Equal(1, text.Split("hire date is not on record").Length - 1);
        Assert.DoesNotContain(home.QuerySelectorAll("main section.card"), card => card.TextContent.Contains("hire date", StringComparison.Ordinal) && card.QuerySelector("h3") is not null);
    }
}

public sealed class HomeTestsOnSqlite(SqliteApp fixture) : HomeTests(fixture), IClassFixture<SqliteApp>;

public sealed class HomeTestsOnPostgres(PostgresApp fixture) : HomeTests(fixture), IClassFixture<PostgresApp>;
