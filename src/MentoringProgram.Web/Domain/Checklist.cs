namespace MentoringProgram.Web.Domain;

/// <summary>A program's checklist template (seed 004: introductions to departments, equipment, a member event, a site
/// visit, a committee meeting): one item per line, blank lines and list markers ignored.</summary>
public static class Checklist
{
    public const int TemplateLength = 4000;
    public const int ItemLength = 200;
    public const int MostItems = 30;

    public static IReadOnlyList<string> Items(string? template) =>
        string.IsNullOrWhiteSpace(template)
            ? []
            : template.Split('\n').Select(line => line.Trim().TrimStart('-', '*', '•').Trim()).Where(line => line.Length > 0)
                .Distinct(StringComparer.Ordinal).ToList();
}
