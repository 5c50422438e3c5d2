using System.Net;
using System.Text;

namespace MentoringProgram.Web.Email;

/// <summary>A message's subject with its text and HTML parts, always written together so they say the same.</summary>
public sealed record EmailContent(string Subject, string Text, string Html)
{
    /// <summary>Builds both parts from plain paragraphs and one link back to the page the message is about.</summary>
    public static EmailContent Compose(string subject, string greeting, IEnumerable<string> paragraphs, string linkText, string linkUrl)
    {
        var body = paragraphs.ToList();
        var text = new StringBuilder();
        text.Append(greeting).Append("\n\n");
        foreach (var paragraph in body)
        {
            text.Append(paragraph).Append("\n\n");
        }
        text.Append(linkText).Append(": ").Append(linkUrl).Append('\n');

        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html><body style=\"font-family:sans-serif;line-height:1.5\">");
        html.Append("<p>").Append(WebUtility.HtmlEncode(greeting)).Append("</p>");
        foreach (var paragraph in body)
        {
            html.Append("<p>").Append(WebUtility.HtmlEncode(paragraph)).Append("</p>");
        }
        html.Append("<p><a href=\"").Append(WebUtility.HtmlEncode(linkUrl)).Append("\">")
            .Append(WebUtility.HtmlEncode(linkText)).Append("</a></p></body></html>");
        return new EmailContent(subject, text.ToString(), html.ToString());
    }
}
