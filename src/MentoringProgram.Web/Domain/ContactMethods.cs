namespace MentoringProgram.Web.Domain;

/// <summary>The ways someone is happy to be contacted or to meet; any combination.</summary>
[Flags]
public enum ContactMethods
{
    None = 0,
    Email = 1,
    Phone = 2,
    InPerson = 4,
    Video = 8,
}

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

    public static string Describe(this ContactMethods methods) =>
        methods == ContactMethods.None
            ? "Not stated"
            : string.Join(", ", All.Where(m => methods.HasFlag(m)).Select(Label));

    public static ContactMethods Combine(IEnumerable<ContactMethods>? methods) =>
        methods?.Aggregate(ContactMethods.None, (acc, m) => acc | m) ?? ContactMethods.None;
}
