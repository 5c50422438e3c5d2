using Deque.AxeCore.Playwright;
using MentoringProgram.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MentoringProgram.BrowserTests;

/// <summary>The app on real Kestrel over HTTPS (so the production cookie rules apply) and Debian's Chromium.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    private TestDatabase? _database;
    private IPlaywright? _playwright;

    public TestAppFactory App { get; private set; } = null!;
    public IBrowser Browser { get; private set; } = null!;
    public string BaseUrl { get; private set; } = "";

    public async ValueTask InitializeAsync()
    {
        _database = TestDatabase.CreateSqlite();
        App = new TestAppFactory(_database, realServer: true);
        App.StartServer();
        var address = App.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUrl = address.Replace("127.0.0.1", "localhost", StringComparison.Ordinal);

        Assertions.SetDefaultExpectTimeout(15_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = FindChromium(),
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task<IPage> NewPageAsync(bool phone = false)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseUrl,
            IgnoreHTTPSErrors = true,
            ViewportSize = phone ? new ViewportSize { Width = 390, Height = 844 } : new ViewportSize { Width = 1280, Height = 900 },
        });
        // Generous on a shared two-core machine; a step that really hangs still fails, with the page it was on.
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        return await context.NewPageAsync();
    }

    /// <summary>Waits until the page is at an address the test expects; if it never gets there, fails with the address
    /// it stayed on and the messages shown there (a refused code, a validation error), not a bare timeout.</summary>
    /// <remarks>Polls the page's address rather than calling WaitForURLAsync: that checks the address once, then waits
    /// for the next navigation event, so a redirect that committed in between was missed and the wait ran to its
    /// timeout on a page that had long arrived (seen under load, in CI). The next locator waits for its content.</remarks>
    public static async Task WaitForAddressAsync(IPage page, Func<string, bool> expected, string what)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!expected(page.Url))
        {
            if (DateTime.UtcNow > deadline)
            {
                var messages = await page.Locator(".field-validation-error, .validation-summary-errors, [role=alert]").AllInnerTextsAsync();
                Assert.Fail($"Expected {what}, but the page stayed at {page.Url} showing: {string.Join(" | ", messages)}");
            }
            await Task.Delay(50);
        }
    }

    /// <summary>A new browser window (a phone's when asked) signed in through the login page as a person would.</summary>
    public async Task<IPage> LogInAsync(string email, bool phone = false)
    {
        var page = await NewPageAsync(phone);
        await page.GotoAsync("/Identity/Account/Login");
        await page.GetByLabel("Work email").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(TestAppFactory.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Log in" }).ClickAsync();
        await WaitForAddressAsync(page, url => !url.Contains("/Login", StringComparison.Ordinal), "to be logged in");
        return page;
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }
        _playwright?.Dispose();
        await App.DisposeAsync();
        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    private static string FindChromium()
    {
        if (Environment.GetEnvironmentVariable("CHROMIUM_PATH") is { Length: > 0 } configured)
        {
            return configured;
        }
        var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':')
            .Select(dir => Path.Combine(dir, "chromium"))
            .FirstOrDefault(File.Exists);
        return onPath ?? throw new InvalidOperationException("Chromium not found: install it (scripts/test.sh does) or set CHROMIUM_PATH.");
    }
}

public static class Accessibility
{
    /// <summary>Fails with the list of WCAG 2.2 A/AA problems axe-core finds on the page.</summary>
    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var result = await page.RunAxe(new Deque.AxeCore.Commons.AxeRunOptions
        {
            RunOnly = new Deque.AxeCore.Commons.RunOnlyOptions
            {
                Type = "tag",
                Values = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"],
            },
        });
        var problems = result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(", ", v.Nodes.Select(n => n.Target?.ToString()))}");
        Assert.True(result.Violations.Length == 0, $"Accessibility problems on {page.Url}:\n" + string.Join("\n", problems));

        // The markup as served (the browser's DOM has already repaired what was invalid), fetched again with the page's cookies.
        var source = await page.Context.APIRequest.GetAsync(page.Url);
        if (source.Ok && source.Headers.TryGetValue("content-type", out var type) && type.StartsWith("text/html", StringComparison.Ordinal))
        {
            await HtmlValidity.AssertValidAsync(await source.TextAsync(), "GET " + page.Url);
        }
    }
}
