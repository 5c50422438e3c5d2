using Hangfire.Logging;
using MsLogLevel = Microsoft.Extensions.Logging.LogLevel;

namespace MentoringProgram.Web.Jobs;

/// <summary>
/// Hangfire's log provider is one static for the whole process, set from whichever host configured Hangfire last.
/// Where several hosts live in one process (the test suite starts one per test class), the static can point at a host
/// already stopped, and Hangfire's next log line (PostgreSQL storage logs while installing its schema) threw
/// ObjectDisposedException from that host's logger factory. This bridge writes to the app's logging while its factory
/// lives and drops the line once it is gone, so one host's shutdown never breaks another's start.
/// </summary>
public sealed class HangfireLogBridge(ILoggerFactory loggers) : ILogProvider
{
    public ILog GetLogger(string name) => new BridgedLog(loggers, name);

    private sealed class BridgedLog(ILoggerFactory loggers, string name) : ILog
    {
        public bool Log(Hangfire.Logging.LogLevel logLevel, Func<string>? messageFunc, Exception? exception = null)
        {
            try
            {
                var logger = loggers.CreateLogger(name);
                var level = Map(logLevel);
                if (messageFunc is null)
                {
                    return logger.IsEnabled(level);
                }
                logger.Log(level, exception, "{Message}", messageFunc());
                return true;
            }
            catch (ObjectDisposedException)
            {
                return false;
            }
        }

        private static MsLogLevel Map(Hangfire.Logging.LogLevel level) => level switch
        {
            Hangfire.Logging.LogLevel.Trace => MsLogLevel.Trace,
            Hangfire.Logging.LogLevel.Debug => MsLogLevel.Debug,
            Hangfire.Logging.LogLevel.Info => MsLogLevel.Information,
            Hangfire.Logging.LogLevel.Warn => MsLogLevel.Warning,
            Hangfire.Logging.LogLevel.Error => MsLogLevel.Error,
            _ => MsLogLevel.Critical,
        };
    }
}
