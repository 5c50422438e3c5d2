using Microsoft.AspNetCore.Razor.TagHelpers;

namespace MentoringProgram.Web.Infrastructure;

/// <summary>
/// A table's sideways-scrolling wrapper (<c>&lt;div class="table-wrap" table-label="Messages"&gt;</c>) made reachable by
/// keyboard and named for screen readers: on a phone it scrolls, and a region that scrolls must take focus
/// (WCAG 2.1.1; axe's scrollable-region-focusable).
/// </summary>
[HtmlTargetElement("div", Attributes = "[class=table-wrap]")]
public sealed class TableWrapTagHelper : TagHelper
{
    /// <summary>What the table lists, read out when the region takes focus.</summary>
    [HtmlAttributeName("table-label")]
    public string Label { get; set; } = "Table";

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.Attributes.SetAttribute("tabindex", "0");
        output.Attributes.SetAttribute("role", "region");
        output.Attributes.SetAttribute("aria-label", Label);
    }
}
