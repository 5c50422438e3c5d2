using MentoringProgram.Web.Domain;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace MentoringProgram.Web.Infrastructure;

/// <summary>
/// Every moment a page shows: <c>&lt;local-time value="@m.CreatedAt" /&gt;</c> in the library's zone, or
/// <c>zone="@row.TimeZoneId"</c> for a moment that belongs to a program. Renders
/// <c>&lt;time datetime="2030-12-02T09:59:00Z"&gt;1 Dec 2030 23:59 Honolulu time&lt;/time&gt;</c> (see <see cref="TimeDisplay"/>);
/// nothing when the value is null.
/// </summary>
[HtmlTargetElement("local-time", TagStructure = TagStructure.WithoutEndTag)]
public sealed class LocalTimeTagHelper(LibraryCalendar library) : TagHelper
{
    public DateTimeOffset? Value { get; set; }

    /// <summary>An IANA zone id; empty for the library's zone.</summary>
    public string? Zone { get; set; }

    /// <summary>A .NET date format; the zone's name follows when it shows hours.</summary>
    public string Format { get; set; } = TimeDisplay.DefaultFormat;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (Value is not { } value)
        {
            output.SuppressOutput();
            return;
        }
        var zone = string.IsNullOrEmpty(Zone) ? library.Zone : TimeZones.FindOrUtc(Zone);
        output.TagName = "time";
        output.TagMode = TagMode.StartTagAndEndTag;
        output.Attributes.SetAttribute("datetime", TimeDisplay.IsoUtc(value));
        output.Content.SetContent(TimeDisplay.Text(value, zone, Format));
    }
}
