using MentoringProgram.Testing;
using Xunit.Sdk;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>The markup check that every page read by these tests goes through must itself catch real faults.</summary>
public sealed class HtmlValidityTests
{
    private const string Page = "<!DOCTYPE html><html lang=\"en\"><head><title>t</title></head><body>{0}</body></html>";

    [Fact]
    public async Task AFormInsideAParagraph_IsReported()
    {
        SkipUnlessInstalled();
        var html = string.Format(System.Globalization.CultureInfo.InvariantCulture, Page,
            "<p class=\"actions\"><form method=\"post\"><button type=\"submit\">Withdraw</button></form></p>");

        var error = await Assert.ThrowsAsync<TrueException>(() => HtmlValidity.AssertValidAsync(html, "a sample"));

        Assert.Contains("Stray end tag '</p>'", error.Message);
    }

    [Fact]
    public async Task DuplicateIds_AreReported()
    {
        SkipUnlessInstalled();
        var html = string.Format(System.Globalization.CultureInfo.InvariantCulture, Page, "<p id=\"x\">a</p><p id=\"x\">b</p>");

        var error = await Assert.ThrowsAsync<TrueException>(() => HtmlValidity.AssertValidAsync(html, "a sample"));

        Assert.Contains("no-dup-id", error.Message);
    }

    [Fact]
    public async Task AValidPage_Passes()
    {
        SkipUnlessInstalled();
        await HtmlValidity.AssertValidAsync(string.Format(System.Globalization.CultureInfo.InvariantCulture, Page, "<main><h1>Hello</h1></main>"), "a sample");
    }

    private static void SkipUnlessInstalled()
    {
        if (!HtmlValidity.IsAvailable)
        {
            Assert.Skip("html-validate is not installed (scripts/test.sh installs it).");
        }
    }
}
