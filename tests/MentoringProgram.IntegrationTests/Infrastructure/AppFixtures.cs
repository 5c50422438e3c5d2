using MentoringProgram.Testing;

namespace MentoringProgram.IntegrationTests.Infrastructure;

/// <summary>One running app and database per test class; subclasses choose the provider.</summary>
public abstract class AppFixture : IAsyncLifetime
{
    private TestDatabase? _database;
    private TestAppFactory? _factory;

    public TestAppFactory Factory => _factory ?? throw new InvalidOperationException("The fixture has not started.");

    public string? SkipReason { get; private set; }

    private DatabaseReset? _reset;

    /// <summary>Before each test: the database as a fresh installation has it, and the clock at its fixed start.</summary>
    public Task ResetAsync() => (_reset ??= new DatabaseReset(Factory)).ResetAsync();

    protected abstract Task<TestDatabase> CreateDatabaseAsync();

    protected virtual IDictionary<string, string?> Settings => new Dictionary<string, string?>();

    /// <summary>Why a real part this fixture needs is missing, or null when everything is there.</summary>
    protected virtual string? MissingPart => null;

    public async ValueTask InitializeAsync()
    {
        if (MissingPart is { } missing)
        {
            if (Environment.GetEnvironmentVariable("MP_REQUIRE_REAL_PARTS") == "1")
            {
                throw new InvalidOperationException(missing);
            }
            SkipReason = missing;
            return;
        }
        _database = await CreateDatabaseAsync();
        _factory = new TestAppFactory(_database, settings: Settings);
        _ = _factory.Server; // start now: migrations run once per fixture, not inside the first test
    }

    public async ValueTask DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
        GC.SuppressFinalize(this);
    }
}

public class SqliteApp : AppFixture
{
    protected override Task<TestDatabase> CreateDatabaseAsync() => Task.FromResult(TestDatabase.CreateSqlite());
}

public class PostgresApp : AppFixture
{
    protected override string? MissingPart => TestDatabase.PostgresAvailable
        ? null
        : $"PostgreSQL tests need {TestDatabase.PostgresVariable}; scripts/test.sh starts a server and sets it.";

    protected override Task<TestDatabase> CreateDatabaseAsync() => TestDatabase.CreatePostgresAsync();
}

/// <summary>Base for tests that run on every provider. Each test starts from a fresh database at the fixed instant
/// <see cref="TestAppFactory.Start"/>; a test that needs another moment moves the clock itself.</summary>
public abstract class AppTests(AppFixture fixture) : IAsyncLifetime
{
    public async ValueTask InitializeAsync()
    {
        if (Fixture.SkipReason is null)
        {
            await Fixture.ResetAsync();
        }
    }

    public ValueTask DisposeAsync()
    {
        GC.SuppressFinalize(this);
        return ValueTask.CompletedTask;
    }

    protected AppFixture Fixture { get; } = fixture;

    protected TestAppFactory App
    {
        get
        {
            if (Fixture.SkipReason is { } reason)
            {
                Assert.Skip(reason);
            }
            return Fixture.Factory;
        }
    }

    protected AppClient NewClient() => new(App.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false }));

    protected async Task<AppClient> LoginAsync(string email)
    {
        var client = NewClient();
        await client.LoginAsync(email, TestAppFactory.Password);
        return client;
    }

    /// <summary>A coordinator signed in on a second app instance: its own memory (the lists and pools it keeps), the
    /// same database. Dispose the instance when done.</summary>
    protected async Task<(IDisposable Instance, AppClient Coordinator)> CoordinatorOnAnotherInstanceAsync()
    {
        var instance = App.WithWebHostBuilder(_ => { });
        var email = Unique("coord");
        await App.CreateUserAsync(email, coordinator: true);
        var coordinator = new AppClient(instance.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false }));
        await coordinator.LoginAsync(email, TestAppFactory.Password);
        return (instance, coordinator);
    }

    protected static string Unique(string name) => $"{name}.{Guid.NewGuid():N}"[..(name.Length + 9)] + "@library.test";
}
