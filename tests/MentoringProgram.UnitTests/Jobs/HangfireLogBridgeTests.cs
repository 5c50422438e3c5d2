using MentoringProgram.Web.Jobs;
using Microsoft.Extensions.Logging;

namespace MentoringProgram.UnitTests.Jobs;

public sealed class HangfireLogBridgeTests
{
    [Fact]
    public void ALine_ReachesTheAppsLogging_WhileItsFactoryLives()
    {
        var lines = new List<string>();
        using var factory = LoggerFactory.Create(b => b.AddProvider(new ListProvider(lines)).SetMinimumLevel(LogLevel.Trace));

        var written = new HangfireLogBridge(factory).GetLogger("Hangfire.Test").Log(Hangfire.Logging.LogLevel.Warn, () => "schema installed");

        Assert.True(written);
        Assert.Equal(["Warning: schema installed"], lines);
    }

    [Fact]
    public void ALine_AfterItsHostStopped_IsDropped_NotThrown()
    {
        var factory = LoggerFactory.Create(b => b.AddProvider(new ListProvider([])));
        var log = new HangfireLogBridge(factory).GetLogger("Hangfire.Test");
        factory.Dispose();

        Assert.False(log.Log(Hangfire.Logging.LogLevel.Info, () => "installing schema"));
    }

    private sealed class ListProvider(List<string> lines) : ILoggerProvider
    {
        public ILogger CreateLogger(string categoryName) => new ListLogger(lines);

        public void Dispose()
        {
        }
    }

    private sealed class ListLogger(List<string> lines) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter) =>
            lines.Add($"{logLevel}: {formatter(state, exception)}");
    }
}
