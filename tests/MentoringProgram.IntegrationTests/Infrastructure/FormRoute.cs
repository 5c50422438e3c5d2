namespace MentoringProgram.IntegrationTests.Infrastructure;

/// <summary>A POST action that takes a form: its route template, who may post it, and the fields it binds.</summary>
public sealed record FormRoute(string Template, string Action, bool ForCoordinator, IReadOnlyList<FormField> Fields, IReadOnlyDictionary<string, Type> RouteParameters)
{
    public override string ToString() => $"POST /{Template} ({Action})";
}
