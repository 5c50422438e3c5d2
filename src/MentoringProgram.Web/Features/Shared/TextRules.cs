using System.Buffers;
using System.Globalization;
using System.Text;
using FluentValidation;
using MimeKit;

namespace MentoringProgram.Web.Features.Shared;

/// <summary>
/// What a text field may contain. Names, titles and other one-line values end up in mail subjects, CSV cells,
/// HTML attributes and log lines, where a line break or an invisible character forges a second line or hides
/// what a reader sees; so control (Cc), format (Cf), line and paragraph separator characters are refused where they
/// are typed, with a message next to the field, instead of being stripped later.
/// </summary>
public static class TextRules
{
    public const string SingleLineMessage = "Remove the line breaks, tabs or invisible characters: this field is one line of text.";
    public const string MultiLineMessage = "Remove the tabs or invisible characters (line breaks are fine).";

    /// <summary>Refuses line breaks, tabs and every other control or invisible formatting character.</summary>
    public static IRuleBuilderOptions<T, string?> SingleLine<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => FirstForbidden(value, allowLineBreaks: false) < 0).WithMessage(SingleLineMessage);

    /// <summary>For text areas: line breaks (CR, LF) stay, every other control or invisible formatting character is refused.</summary>
    public static IRuleBuilderOptions<T, string?> MultiLine<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => FirstForbidden(value, allowLineBreaks: true) < 0).WithMessage(MultiLineMessage);

    /// <summary>
    /// An address the outbox can deliver to: one line, with an @, that MimeKit reads back as exactly itself.
    /// FluentValidation's EmailAddress() accepts anything with an @ in the middle ("x\r\nBcc: y@z"), which
    /// then fails in the outbox instead of next to the field.
    /// </summary>
    public static IRuleBuilderOptions<T, string?> MailAddress<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(value => value is null || IsMailAddress(value));

    public static bool IsMailAddress(string value)
    {
        var trimmed = value.Trim();
        return trimmed.Length > 2 && FirstForbidden(trimmed, allowLineBreaks: false) < 0 && trimmed.IndexOf('@') is > 0 and var at && at < trimmed.Length - 1
            && !trimmed.Any(char.IsWhiteSpace)
            && MailboxAddress.TryParse(ParserOptions.Default, trimmed, out var mailbox) && mailbox.Address == trimmed;
    }

    /// <summary>The index of the first character a text field may not hold, or -1.</summary>
    public static int FirstForbidden(string? value, bool allowLineBreaks)
    {
        if (value is null)
        {
            return -1;
        }
        var i = 0;
        while (i < value.Length)
        {
            // By code point, so an emoji (a surrogate pair) is one allowed character and a lone surrogate is refused.
            if (Rune.DecodeFromUtf16(value.AsSpan(i), out var rune, out var length) != OperationStatus.Done)
            {
                return i;
            }
            if (!(allowLineBreaks && rune.Value is '\r' or '\n') && IsForbidden(rune))
            {
                return i;
            }
            i += length;
        }
        return -1;
    }

    private static bool IsForbidden(Rune rune) => rune.Value switch
    {
        // Zero-width non-joiner and joiner are format characters that spell names in Persian and Indic scripts
        // and join emoji; refusing them would refuse real names.
        0x200C or 0x200D => false,
        _ => Rune.GetUnicodeCategory(rune) is UnicodeCategory.Control or UnicodeCategory.Format
            or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator,
    };
}
