namespace MentoringProgram.Web.Domain;

/// <summary>A Markdown page in the program's resource library; rendered through a sanitiser.</summary>
public class Resource : IAudited
{
    public int Id { get; private set; }
    public int? ProgramId { get; set; }
    public string Title { get; set; } = "";
    public ResourceKind Kind { get; set; }
    public string Markdown { get; set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
}
