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
