using Microsoft.Extensions.Options;

namespace MentoringProgram.Web.Email;

/// <summary>
/// The one builder of links that leave the app (mail today; calendar files and signed links later). Every link is
/// the configured public base URL plus a path the routing system generates, and never depends on the request
/// that caused it: a Host header is chosen by whoever sends the request (issue 10, item 1).
/// </summary>
public sealed class AppLinks(IOptions<EmailOptions> options, LinkGenerator routes)
{
    private Uri BaseUrl => new(options.Value.PublicBaseUrl.TrimEnd('/') + "/");

    /// <summary>An absolute link to a Razor Page, e.g. <c>Page("/Account/ResetPassword", "Identity", new { code })</c>.</summary>
    public string Page(string page, string? area = null, object? values = null) =>
        Absolute(routes.GetPathByPage(page, handler: null, values: WithArea(values, area), pathBase: BasePath)
            ?? throw new InvalidOperationException($"No route reaches the page {page}."));

    /// <summary>An absolute link to a controller action.</summary>
    public string Action(string action, string controller, object? values = null) =>
        Absolute(routes.GetPathByAction(action, controller, values, pathBase: BasePath)
            ?? throw new InvalidOperationException($"No route reaches {controller}.{action}."));

    /// <summary>An app served under a sub-path (https://library.example/mentoring) keeps it in every link.</summary>
    private PathString BasePath => new(BaseUrl.AbsolutePath.TrimEnd('/'));

    private string Absolute(string pathAndQuery) => BaseUrl.GetLeftPart(UriPartial.Authority) + pathAndQuery;

    private static RouteValueDictionary WithArea(object? values, string? area)
    {
        var route = new RouteValueDictionary(values);
        if (area is not null)
        {
            route["area"] = area;
        }
        return route;
    }
}
