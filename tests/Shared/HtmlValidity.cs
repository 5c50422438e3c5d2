using System.Diagnostics;
using System.Text.Json;

namespace MentoringProgram.Testing;

/// <summary>
/// Checks a page's HTML against html-validate's "standard" preset (tools/html-validate), through one Node
/// process kept for the whole test run. scripts/test.sh installs it; a run that requires every real part
/// (MP_REQUIRE_REAL_PARTS=1) fails without it, a quick local run without it checks nothing.
/// </summary>
public static class HtmlValidity
{
    private static readonly SemaphoreSlim OneAtATime = new(1, 1);
    private static readonly Lazy<Process?> Server = new(Start);
    private static int _nextId;

    /// <summary>Whether pages are really checked in this run.</summary>
    public static bool IsAvailable => Server.Value is not null;

    public static async Task AssertValidAsync(string html, string where)
    {
        if (Server.Value is not { } server)
        {
            return;
        }
        var id = Interlocked.Increment(ref _nextId);
        string? answer;
        await OneAtATime.WaitAsync();
        try
        {
            await server.StandardInput.WriteLineAsync(JsonSerializer.Serialize(new { id, html }));
            await server.StandardInput.FlushAsync();
            answer = await server.StandardOutput.ReadLineAsync();
        }
        finally
        {
            OneAtATime.Release();
        }
        using var result = JsonDocument.Parse(answer ?? throw new InvalidOperationException("html-validate stopped: " + await server.StandardError.ReadToEndAsync()));
        Assert.Equal(id, result.RootElement.GetProperty("id").GetInt32());
        var errors = result.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetString()).ToList();
        Assert.True(errors.Count == 0, $"Invalid HTML on {where}:\n" + string.Join("\n", errors));
    }

    private static Process? Start()
    {
        var script = FindScript();
        if (script is null)
        {
            if (Environment.GetEnvironmentVariable("MP_REQUIRE_REAL_PARTS") == "1")
            {
                throw new InvalidOperationException("html-validate is not installed: run `npm ci` in tools/html-validate (scripts/test.sh does).");
            }
            return null;
        }
        var process = Process.Start(new ProcessStartInfo("node", [script])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        }) ?? throw new InvalidOperationException("Could not start node for html-validate.");
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            try
            {
                process.Kill();
            }
            catch (InvalidOperationException)
            {
                // Already gone.
            }
        };
        return process;
    }

    private static string? FindScript()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var tool = Path.Combine(dir.FullName, "tools", "html-validate");
            if (File.Exists(Path.Combine(dir.FullName, "MentoringProgram.sln")))
            {
                return Directory.Exists(Path.Combine(tool, "node_modules", "html-validate")) ? Path.Combine(tool, "validate-server.mjs") : null;
            }
        }
        return null;
    }
}
