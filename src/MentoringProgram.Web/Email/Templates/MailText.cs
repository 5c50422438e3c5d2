using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace MentoringProgram.Web.Email.Templates;

/// <summary>
/// Turns what the building blocks render in <see cref="MailFormat.Text"/> into the plain-text part. The renderer
/// HTML-encodes every text it writes and the template's own line breaks and indentation come through, so the
/// blocks mark where a paragraph or a line ends with separator characters and this class decodes the entities,
/// folds other whitespace into single spaces (as a browser does with HTML) and turns the marks into newlines.
/// </summary>
public static partial class MailText
{
    /// <summary>Ends a paragraph: a blank line in the text part.</summary>
    public const string ParagraphBreak = "\u2029";

    /// <summary>Ends a line inside a paragraph.</summary>
    public const string LineBreak = "\u2028";

    public static string Finish(string rendered)
    {
        var folded = Whitespace().Replace(WebUtility.HtmlDecode(rendered), " ");
        var text = new StringBuilder();
        foreach (var paragraph in folded.Split(ParagraphBreak))
        {
            var lines = paragraph.Split(LineBreak).Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
            if (lines.Count == 0)
            {
                continue;
            }
            if (text.Length > 0)
            {
                text.Append('\n');
            }
            foreach (var line in lines)
            {
                text.Append(line).Append('\n');
            }
        }
        return text.ToString();
    }

    [GeneratedRegex(@"[ \t\r\n\f]+")]
    private static partial Regex Whitespace();
}
