using System.Globalization;
using Microsoft.AspNetCore.Mvc;

namespace MentoringProgram.Web.Infrastructure;

/// <summary>
/// One link per row of a list, generated once per page by the routing system (with a placeholder id no row has) and
/// completed with each row's id. Generating a list's 100 row links one by one through the anchor and form tag helpers
/// took a sixth of the request list's time (issue 12's profile); the address is still the router's, so a changed route
/// changes every row's link.
/// </summary>
public sealed class RowLink
{
    /// <summary>Put this where the row's id goes in the route values.</summary>
    public const int Id = int.MaxValue;

    private static readonly string Placeholder = Id.ToString(CultureInfo.InvariantCulture);

    private readonly string _before;
    private readonly string _after;

    private RowLink(string generated)
    {
        var at = generated.IndexOf(Placeholder, StringComparison.Ordinal);
        if (at < 0 || generated.IndexOf(Placeholder, at + Placeholder.Length, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException($"A row link needs the placeholder id exactly once: {generated}");
        }
        _before = generated[..at];
        _after = generated[(at + Placeholder.Length)..];
    }

    /// <summary>The link to an action, with <see cref="Id"/> in <paramref name="values"/> where each row's id goes.</summary>
    public static RowLink ToAction(IUrlHelper url, string action, string? controller, object values) =>
        new(url.Action(action, controller, values) ?? throw new InvalidOperationException($"No route reaches {controller}.{action}."));

    public string For(int id) => string.Concat(_before, id.ToString(CultureInfo.InvariantCulture), _after);
}
