using System.Text.RegularExpressions;

namespace MentoringProgram.UnitTests.Architecture;

/// <summary>Views link through tag helpers (asp-controller, asp-action, asp-page, asp-route-*), so a route can change in
/// one place; a literal "/path" in an href or a form action would silently keep the old one.</summary>
public sealed partial class ViewLinkTests
{
    [Fact]
    public void NoView_HasALiteralAppPath_InAnHrefOrAFormAction()
    {
        var web = Path.Combine(RepositoryRoot(), "src", "MentoringProgram.Web");
        var views = Directory.EnumerateFiles(web, "*.cshtml", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .ToList();
        Assert.NotEmpty(views);

        var literal = views.SelectMany(file => File.ReadLines(file).Select((line, i) => (file, line, number: i + 1)))
            .Where(l => LiteralPath().IsMatch(l.line))
            .Select(l => $"{Path.GetRelativePath(web, l.file)}:{l.number}: {l.line.Trim()}")
            .ToList();

        Assert.True(literal.Count == 0, "Use tag helpers instead of literal paths:\n" + string.Join("\n", literal));
    }

    // href="/..." or action="/..." (also @-interpolated); "~/" static files and "#fragment" links are fine.
    [GeneratedRegex("""\b(href|action)="(@\(?\$?"?)?/""")]
    private static partial Regex LiteralPath();

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MentoringProgram.sln")))
        {
            dir = dir.Parent;
        }
        return dir?.FullName ?? throw new InvalidOperationException("MentoringProgram.sln not found above " + AppContext.BaseDirectory);
    }
}
