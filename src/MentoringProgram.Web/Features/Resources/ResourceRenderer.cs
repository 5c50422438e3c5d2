using Ganss.Xss;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using Microsoft.AspNetCore.Html;
using Microsoft.Extensions.Caching.Memory;

namespace MentoringProgram.Web.Features.Resources;

/// <summary>The one way a resource's Markdown becomes HTML. Markdig runs with raw HTML disabled (typed tags come out as
/// text), and its output still goes through HtmlSanitizer with a short list of tags, attributes and link schemes, so
/// neither a Markdown feature nor a Markdig bug can let script, styles, frames or a <c>javascript:</c> link through.
/// Links that leave the app get <c>rel="noopener noreferrer"</c>. Images are not kept: the page's policy would block
/// outside ones anyway, and a resource is words and links.</summary>
public sealed class ResourceRenderer(IMemoryCache cache)
{
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .DisableHtml()
        .UseAutoLinks()
        .UsePipeTables()
        .UseListExtras()
        .Build();

    private static readonly string[] Tags =
    [
        "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em", "del", "code", "pre", "blockquote",
        "ul", "ol", "li", "a", "table", "thead", "tbody", "tr", "th", "td",
    ];

    private static readonly string[] Schemes = ["https", "http", "mailto", "tel"];

    private static readonly HtmlSanitizer Sanitizer = CreateSanitizer();

    /// <summary>Renders Markdown to safe HTML; for the preview and for anything without a stored version.</summary>
    public static HtmlString Render(string markdown)
    {
        var html = Markdown.ToHtml(markdown ?? "", Pipeline);
        return new HtmlString(Sanitizer.Sanitize(html));
    }

    /// <summary>The same Markdown as plain text for a mail's text part: the words without the marks, and the address
    /// of each link (of the schemes the HTML keeps) after its words, so a reader of the text part can still follow it.</summary>
    public static string PlainText(string markdown)
    {
        var document = Markdown.Parse(markdown ?? "", Pipeline);
        foreach (var link in document.Descendants<LinkInline>().Where(l => !l.IsImage).ToList())
        {
            var label = string.Concat(link.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
            if (Uri.TryCreate(link.Url, UriKind.Absolute, out var target) && Schemes.Contains(target.Scheme, StringComparer.OrdinalIgnoreCase)
                && !string.Equals(label, link.Url, StringComparison.Ordinal) && !string.Equals(label, target.Scheme + ":" + label, StringComparison.Ordinal)
                && !string.Equals(target.Scheme + ":" + label, link.Url, StringComparison.Ordinal))
            {
                link.InsertAfter(new LiteralInline($" ({link.Url})"));
            }
        }
        using var writer = new StringWriter();
        var renderer = new Markdig.Renderers.HtmlRenderer(writer) { EnableHtmlForBlock = false, EnableHtmlForInline = false, EnableHtmlEscape = false };
        Pipeline.Setup(renderer);
        renderer.Render(document);
        writer.Flush();
        return writer.ToString().Trim();
    }

    /// <summary>Renders a stored resource, remembering the result until the resource changes (its id and the moment it
    /// was last saved name the version).</summary>
    public HtmlString Render(int resourceId, DateTimeOffset version, string markdown) =>
        cache.GetOrCreate(("resource-html", resourceId, version.UtcTicks), entry =>
        {
            entry.SlidingExpiration = TimeSpan.FromHours(1);
            return Render(markdown);
        })!;

    private static HtmlSanitizer CreateSanitizer()
    {
        var options = new HtmlSanitizerOptions
        {
            AllowedTags = new HashSet<string>(Tags, StringComparer.OrdinalIgnoreCase),
            AllowedAttributes = new HashSet<string>(["href", "title", "align"], StringComparer.OrdinalIgnoreCase),
            AllowedSchemes = new HashSet<string>(Schemes, StringComparer.OrdinalIgnoreCase),
            UriAttributes = new HashSet<string>(["href"], StringComparer.OrdinalIgnoreCase),
            AllowedCssProperties = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
            AllowedAtRules = new HashSet<AngleSharp.Css.Dom.CssRuleType>(),
            AllowedClasses = new HashSet<string>(StringComparer.OrdinalIgnoreCase),
        };
        var sanitizer = new HtmlSanitizer(options);
        sanitizer.PostProcessNode += (_, e) =>
        {
            if (e.Node is AngleSharp.Dom.IElement { LocalName: "a" } link
                && Uri.TryCreate(link.GetAttribute("href"), UriKind.Absolute, out var target)
                && (target.Scheme == Uri.UriSchemeHttps || target.Scheme == Uri.UriSchemeHttp))
            {
                link.SetAttribute("rel", "noopener noreferrer");
            }
        };
        return sanitizer;
    }
}
