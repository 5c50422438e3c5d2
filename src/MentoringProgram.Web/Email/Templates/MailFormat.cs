namespace MentoringProgram.Web.Email.Templates;

/// <summary>Which part of a message a template is being rendered for; cascaded from <see cref="MailDocument"/> so
/// the building blocks (layout, paragraph, button) choose their markup and templates stay format-free.</summary>
public enum MailFormat
{
    Html,
    Text,
}
