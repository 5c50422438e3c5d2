using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using MentoringProgram.Web.Features.Resources;
using Microsoft.Extensions.Caching.Memory;

namespace MentoringProgram.UnitTests.Features;

/// <summary>The resource renderer against an XSS corpus: whatever the coordinator types, the output holds only the
/// allowlisted tags, no event handler or style attribute, and only links with an allowed scheme or a relative address.</summary>
public sealed class ResourceRendererTests
{
    private static readonly HashSet<string> AllowedTags =
    [
        "p", "br", "hr", "h1", "h2", "h3", "h4", "h5", "h6", "strong", "em", "del", "code", "pre", "blockquote",
        "ul", "ol", "li", "a", "table", "thead", "tbody", "tr", "th", "td",
    ];

    private static readonly HashSet<string> AllowedAttributes = ["href", "title", "align", "rel"];

    public static TheoryData<string> Corpus =>
    [
        "<script>alert(1)</script>",
        "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
        "<scr<script>ipt>alert(1)</scr</script>ipt>",
        "<img src=x onerror=alert(1)>",
        "<p onclick=\"alert(1)\">click</p>",
        "<body onload=alert(1)>",
        "<a href=\"javascript:alert(1)\">x</a>",
        "<a href=\"JaVaScRiPt:alert(1)\">x</a>",
        "<a href=\"&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1)\">x</a>",
        "<a href=\"&#x6A;avascript&#x3A;alert(1)\">x</a>",
        "<a href=\"java\tscript:alert(1)\">x</a>",
        "<a href=\" javascript:alert(1)\">x</a>",
        "<a href=\"data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==\">x</a>",
        "<a href=\"vbscript:msgbox(1)\">x</a>",
        "<svg onload=alert(1)><script>alert(1)</script></svg>",
        "<svg><a xlink:href=\"javascript:alert(1)\"><text>x</text></a></svg>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>",
        "<div style=\"width: expression(alert(1))\">x</div>",
        "<div style=\"background:url(javascript:alert(1))\">x</div>",
        "<style>body{background:url(\"javascript:alert(1)\")}</style>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<object data=\"javascript:alert(1)\"></object><embed src=\"javascript:alert(1)\">",
        "<form action=\"javascript:alert(1)\"><button>go</button></form>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"javascript:alert(1)//\">",
        "<details open ontoggle=alert(1)>",
        "[click](javascript:alert(1))",
        "[click](JAVASCRIPT:alert(1))",
        "[click](&#106;avascript:alert(1))",
        "[click](javascript&#58;alert(1))",
        "[click](  javascript:alert(1) )",
        "[click](data:text/html,<script>alert(1)</script>)",
        "[click](vbscript:msgbox(1))",
        "[click](<javascript:alert(1)>)",
        "[click][ref]\n\n[ref]: javascript:alert(1)",
        "![image](javascript:alert(1))",
        "![image](https://example.org/x.png \"t\" onerror=alert(1))",
        "<javascript:alert(1)>",
        "<JAVASCRIPT:alert(1)>",
        "<vbscript:msgbox(1)>",
        "<data:text/html,alert(1)>",
        "www.example.org/<script>alert(1)</script>",
        "<div>\n<script>alert(1)</script>\n</div>",
        "<!-- comment --><script>alert(1)</script>",
        "```html\n<script>alert(1)</script>\n```",
        "`<img src=x onerror=alert(1)>`",
        "| a | b |\n|---|---|\n| <script>alert(1)</script> | <img src=x onerror=alert(1)> |",
        "[a](https://example.org \"title\\\" onmouseover=\\\"alert(1)\")",
        "<a href=\"https://example.org\" onmouseover=\"alert(1)\" style=\"color:red\">x</a>",
        "<noscript><p title=\"</noscript><img src=x onerror=alert(1)>\"></noscript>",
    ];

    private static IDocument Parse(string html) => new HtmlParser().ParseDocument($"<!doctype html><html><body>{html}</body></html>");

    [Theory]
    [MemberData(nameof(Corpus))]
    public void Render_NeverEmitsScriptHandlersStylesOrDangerousLinks(string markdown)
    {
        var html = ResourceRenderer.Render(markdown).Value!;
        var body = Parse(html).Body!;

        foreach (var element in body.QuerySelectorAll("*"))
        {
            Assert.Contains(element.LocalName, AllowedTags);
            foreach (var attribute in element.Attributes)
            {
                Assert.Contains(attribute.LocalName, AllowedAttributes);
            }
            if (element.GetAttribute("href") is { } href)
            {
                Assert.True(IsSafe(href), $"Unsafe link '{href}' from '{markdown}': {html}");
            }
        }
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<svg", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>What a browser would follow: entities decoded by the parser, then control characters and spaces
    /// dropped as the URL parser does, so "java&#9;script:" counts as javascript:.</summary>
    private static bool IsSafe(string href)
    {
        var squeezed = new string([.. href.Where(c => !char.IsControl(c) && !char.IsWhiteSpace(c))]);
        var colon = squeezed.IndexOf(':', StringComparison.Ordinal);
        var firstDelimiter = squeezed.IndexOfAny(['/', '?', '#']);
        if (colon < 0 || (firstDelimiter >= 0 && firstDelimiter < colon))
        {
            return true; // relative
        }
        var scheme = squeezed[..colon].ToLowerInvariant();
        return scheme is "https" or "http" or "mailto" or "tel";
    }

    [Fact]
    public void Render_TypedHtml_IsShownAsText_NotRun()
    {
        var body = Parse(ResourceRenderer.Render("Say <script>alert(1)</script> politely.").Value!).Body!;
        Assert.Equal("Say <script>alert(1)</script> politely.", body.TextContent.Trim());
        Assert.Empty(body.QuerySelectorAll("script"));
    }

    [Fact]
    public void Render_KeepsMarkdownStructure_AllowedLinks_AndMarksLinksThatLeaveTheApp()
    {
        var body = Parse(ResourceRenderer.Render("""
            ## Where to go

            - **HR**: [benefits](https://hr.example.edu/benefits)
            - Ombuds: <ombuds@example.edu> or [call](tel:+15555550100)
            - [Our FAQ](/Resources/3)
            - www.example.org
            """).Value!).Body!;

        Assert.Equal("Where to go", body.QuerySelector("h2")!.TextContent);
        Assert.Equal("HR", body.QuerySelector("li strong")!.TextContent);
        var links = body.QuerySelectorAll("a").ToDictionary(a => a.TextContent, a => a);
        Assert.Equal("https://hr.example.edu/benefits", links["benefits"].GetAttribute("href"));
        Assert.Equal("noopener noreferrer", links["benefits"].GetAttribute("rel"));
        Assert.Equal("noopener noreferrer", links["www.example.org"].GetAttribute("rel"));
        Assert.Equal("tel:+15555550100", links["call"].GetAttribute("href"));
        Assert.Null(links["call"].GetAttribute("rel"));
        Assert.Equal("mailto:ombuds@example.edu", links["ombuds@example.edu"].GetAttribute("href"));
        Assert.Equal("/Resources/3", links["Our FAQ"].GetAttribute("href"));
        Assert.Null(links["Our FAQ"].GetAttribute("rel"));
    }

    [Fact]
    public void Render_OfAStoredVersion_IsReused_UntilTheResourceChanges()
    {
        using var cache = new MemoryCache(new MemoryCacheOptions());
        var renderer = new ResourceRenderer(cache);
        var saved = new DateTimeOffset(2026, 3, 2, 9, 0, 0, TimeSpan.Zero);

        var first = renderer.Render(7, saved, "**one**");
        Assert.Same(first, renderer.Render(7, saved, "**ignored, same version**"));
        Assert.Contains("<strong>two</strong>", renderer.Render(7, saved.AddMinutes(1), "**two**").Value, StringComparison.Ordinal);
    }

    [Fact]
    public void PlainText_DropsTheMarks_KeepsEachLinksAddress_AndLetsNoMarkupThrough()
    {
        var text = ResourceRenderer.PlainText("""
            ## Where to go

            Ask **HR** about [benefits](https://hr.example.edu/benefits), or write to <ombuds@example.edu>.

            - [call](tel:+15555550100)
            - [run me](javascript:alert(1))
            """);

        Assert.Equal(
            """
            Where to go
            Ask HR about benefits (https://hr.example.edu/benefits), or write to ombuds@example.edu.
            call (tel:+15555550100)
            run me
            """, text.ReplaceLineEndings("\n").Replace("\n\n", "\n", StringComparison.Ordinal));
    }
}
