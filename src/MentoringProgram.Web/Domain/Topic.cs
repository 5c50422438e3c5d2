namespace MentoringProgram.Web.Domain;

/// <summary>Something a mentoring relationship can centre on, e.g. "Career planning".</summary>
public class Topic
{
    private Topic() { }

    public Topic(string name, string? description = null, int sortOrder = 0, bool isActive = true)
    {
        Update(name, description, sortOrder, isActive);
    }

    public int Id { get; private set; }
    public string Name { get; private set; } = "";
    public string? Description { get; private set; }
    public int SortOrder { get; private set; }
    public bool IsActive { get; private set; }

    public void Update(string name, string? description, int sortOrder, bool isActive)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Name = name.Trim();
        Description = string.IsNullOrWhiteSpace(description) ? null : description.Trim();
        SortOrder = sortOrder;
        IsActive = isActive;
    }

    /// <summary>The six topics of the MIT Libraries program, which every new installation starts with.</summary>
    public static IReadOnlyList<Topic> SeedTopics() =>
    [
        new("Career planning", "Where you want your career to go and how to get there.", 1),
        new("Advanced degree or certification", "Pursuing an advanced degree or a professional certification.", 2),
        new("New to the library or academia", "Finding your way around a new workplace, campus and people.", 3),
        new("Organizational culture", "How the library works: committees, unwritten rules, who to ask.", 4),
        new("Job search", "Applications, interviews and next roles.", 5),
        new("Work/life issues", "Balancing workload, priorities and life outside work.", 6),
    ];
}
