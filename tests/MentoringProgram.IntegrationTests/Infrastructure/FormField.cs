namespace MentoringProgram.IntegrationTests.Infrastructure;

/// <summary>One field a form post binds: its form name, its type, and the longest text its validator accepts (null: no limit).</summary>
public sealed record FormField(string Name, Type Type, int? MaxLength)
{
    public bool IsText => Type == typeof(string);

    public bool IsEnum => Type.IsEnum;

    /// <summary>A checkbox: a browser posts "true" or nothing, an edited form anything.</summary>
    public bool IsFlag => Type == typeof(bool) || Type == typeof(bool?);

    /// <summary>A reference to another row: Id, DepartmentId, TopicIds...</summary>
    public bool IsId => (Type == typeof(int) || Type == typeof(Guid))
        && (Name.EndsWith("Id", StringComparison.Ordinal) || Name.EndsWith("Ids", StringComparison.Ordinal) || Name.EndsWith("Ids[0]", StringComparison.Ordinal));
}
