using System.Text.RegularExpressions;

namespace MentoringProgram.UnitTests.Architecture;

/// <summary>One type per file, named for it: a reader finds a type by its name without searching.</summary>
public sealed partial class FileLayoutTests
{
    // A declaration at column 0 is top-level in a file-scoped namespace (the code style requires those);
    // nested types are indented and belong to the type around them.
    [GeneratedRegex(@"^(?:(?:public|internal|file|sealed|static|abstract|partial|readonly)\s+)*(?:record\s+struct|record\s+class|class|record|enum|interface|struct)\s+(\w+)", RegexOptions.Multiline)]
    private static partial Regex TopLevelDeclaration();

    [Fact]
    public void EveryTopLevelTypeInTheWebProject_LivesInAFileNamedForIt()
    {
        var web = Path.Combine(RepositoryRoot(), "src", "MentoringProgram.Web");
        var misplaced = SourceFiles(web)
            .SelectMany(file => MisplacedTypes(file).Select(type => $"{Path.GetRelativePath(web, file)}: {type}"))
            .ToList();

        Assert.True(misplaced.Count == 0, "Types in files not named for them:\n" + string.Join("\n", misplaced));
    }

    [Fact]
    public void TheRuleSeesTopLevelTypes_AndFlagsASecondOne()
    {
        // Guards the test above against passing vacuously (a regex that matches nothing finds nothing misplaced).
        var file = Path.Combine(Path.GetTempPath(), $"Widget-{Guid.NewGuid():N}", "Widget.cs");
        Directory.CreateDirectory(Path.GetDirectoryName(file)!);
        File.WriteAllText(file, "namespace X;\n\npublic sealed class Widget\n{\n    public enum Nested { A }\n}\n\npublic enum WidgetKind { A }\n");
        try
        {
            Assert.Equal(["WidgetKind"], MisplacedTypes(file));
            Assert.True(SourceFiles(Path.Combine(RepositoryRoot(), "src", "MentoringProgram.Web")).Count() > 100);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(file)!, recursive: true);
        }
    }

    private static IEnumerable<string> MisplacedTypes(string file)
    {
        // A Razor page's code-behind, Login.cshtml.cs, holds LoginModel by the framework's convention.
        var name = Path.GetFileName(file);
        var expected = name.EndsWith(".cshtml.cs", StringComparison.Ordinal) ? name[..^".cshtml.cs".Length] + "Model" : name[..^".cs".Length];
        return TopLevelDeclaration().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value).Where(type => type != expected);
    }

    private static IEnumerable<string> SourceFiles(string project) =>
        Directory.EnumerateFiles(project, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(project, f).Split(Path.DirectorySeparatorChar)
                .Any(part => part is "Migrations" or "obj" or "bin"));

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "MentoringProgram.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("MentoringProgram.sln not found above " + AppContext.BaseDirectory);
    }
}
