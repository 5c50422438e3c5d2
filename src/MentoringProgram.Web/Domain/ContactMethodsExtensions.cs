namespace MentoringProgram.Web.Domain;

public static class ContactMethodsExtensions
{
    public static IReadOnlyList<ContactMethods> All { get; } =
        [ContactMethods.Email, ContactMethods.Phone, ContactMethods.InPerson, ContactMethods.Video];

    public static string Label(this ContactMethods method) => method switch
    {
        ContactMethods.Email => "Email",
        ContactMethods.Phone => "Phone",
        ContactMethods.InPerson => "In person",
        ContactMethods.Video => "Video call",
        _ => method.ToString(),
    };

    /// <summary>The single methods a combination holds, for checkbox lists.</summary>
    public static List<ContactMethods> Split(this ContactMethods methods) => All.Where(m => methods.HasFlag(m)).ToList();

    public static string Describe(this ContactMethods methods) =>
        methods == ContactMethods.None
            ? "Not stated"
            : string.Join(", ", methods.Split().Select(Label));

    public static ContactMethods Combine(IEnumerable<ContactMethods>? methods) =>
        methods?.Aggregate(ContactMethods.None, (acc, m) => acc | m) ?? ContactMethods.None;
}
