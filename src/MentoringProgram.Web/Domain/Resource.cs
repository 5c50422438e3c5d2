namespace MentoringProgram.Web.Domain;

/// <summary>A Markdown page in the resource library, for every program (no program) or for one; it is only ever shown
/// rendered through the sanitiser.</summary>
public class Resource : IAudited
{
    public const int TitleMaxLength = 200;
    public const int MarkdownMaxLength = 20000;
    public const int MaxSortOrder = 1000;

    private Resource() { }

    public Resource(int? programId, string title, ResourceKind kind, ResourceAudience audience, int sortOrder, string markdown)
    {
        Update(programId, title, kind, audience, sortOrder, markdown);
    }

    public int Id { get; private set; }
    public int? ProgramId { get; private set; }
    public string Title { get; private set; } = "";
    public ResourceKind Kind { get; private set; }
    public ResourceAudience Audience { get; private set; }
    public int SortOrder { get; private set; }
    public string Markdown { get; private set; } = "";
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Replaces everything the coordinator writes; refuses an empty or overlong title or text, and a kind,
    /// audience or order outside what the library knows.</summary>
    public void Update(int? programId, string title, ResourceKind kind, ResourceAudience audience, int sortOrder, string markdown)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(title);
        ArgumentException.ThrowIfNullOrWhiteSpace(markdown);
        var trimmedTitle = title.Trim();
        var trimmedMarkdown = markdown.Trim();
        ArgumentOutOfRangeException.ThrowIfGreaterThan(trimmedTitle.Length, TitleMaxLength, nameof(title));
        ArgumentOutOfRangeException.ThrowIfGreaterThan(trimmedMarkdown.Length, MarkdownMaxLength, nameof(markdown));
        ArgumentOutOfRangeException.ThrowIfNegative(sortOrder);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(sortOrder, MaxSortOrder);
        if (!Enum.IsDefined(kind))
        {
            throw new ArgumentOutOfRangeException(nameof(kind));
        }
        if (!Enum.IsDefined(audience))
        {
            throw new ArgumentOutOfRangeException(nameof(audience));
        }
        ProgramId = programId;
        Title = trimmedTitle;
        Kind = kind;
        Audience = audience;
        SortOrder = sortOrder;
        Markdown = trimmedMarkdown;
    }
}
