using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;

namespace MentoringProgram.Web.Infrastructure;

/// <summary>
/// The cookie TempData provider without its one wasted step. Every page reads TempData (the layout shows the notice a
/// redirect left), so every page saved it back; with nothing to keep, the cookie provider then answers with a
/// Set-Cookie deleting a cookie the browser does not have (issue 12). Here a save with nothing to keep, on a request
/// that brought no TempData cookie, writes nothing; every other load and save is the cookie provider's own.
/// </summary>
public sealed class SparingTempDataProvider(CookieTempDataProvider cookies, IOptions<CookieTempDataProviderOptions> options) : ITempDataProvider
{
    private readonly string cookieName = options.Value.Cookie.Name!;

    public IDictionary<string, object> LoadTempData(HttpContext context) => cookies.LoadTempData(context);

    public void SaveTempData(HttpContext context, IDictionary<string, object> values)
    {
        // A chunked TempData cookie keeps its chunk count under the plain name, so the plain name tells whether any came.
        if (values.Count == 0 && !context.Request.Cookies.ContainsKey(cookieName))
        {
            return;
        }
        cookies.SaveTempData(context, values);
    }
}
