using MentoringProgram.Web.Domain;

namespace MentoringProgram.Web.Features.Resources;

/// <summary>How the library names a kind of resource and who a resource is for, in headings and forms.</summary>
public static class ResourceKindExtensions
{
    public static string Heading(this ResourceKind kind) => kind switch
    {
        ResourceKind.Referral => "Where to refer a question",
        ResourceKind.Training => "Training",
        ResourceKind.Tip => "Tips",
        ResourceKind.Activity => "Things to do together",
        ResourceKind.Faq => "Frequently asked questions",
        _ => kind.ToString(),
    };

    public static string Label(this ResourceAudience audience) => audience switch
    {
        ResourceAudience.Mentors => "Mentors",
        ResourceAudience.Mentees => "Mentees",
        _ => "Everyone",
    };

    /// <summary>The order the library lists kinds in: where to refer first, then training, tips, activities, questions.</summary>
    public static IReadOnlyList<ResourceKind> InLibraryOrder { get; } =
        [ResourceKind.Referral, ResourceKind.Training, ResourceKind.Tip, ResourceKind.Activity, ResourceKind.Faq];
}
