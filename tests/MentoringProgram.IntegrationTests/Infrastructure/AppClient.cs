using System.Net;
using AngleSharp;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace MentoringProgram.IntegrationTests.Infrastructure;

/// <summary>A browser-like client over the real HTTP pipeline: keeps cookies, reads pages as HTML, and
/// submits forms with their antiforgery token the way a browser would.</summary>
public sealed class AppClient(HttpClient http)
{
    public HttpClient Http { get; } = http;

    public async Task<IDocument> GetPageAsync(string url)
    {
        var response = await Http.GetAsync(url, TestContext.Current.CancellationToken);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {url} returned {(int)response.StatusCode}");
        return await ParseAsync(response);
    }

    public async Task<HttpResponseMessage> GetAsync(string url) => await Http.GetAsync(url, TestContext.Current.CancellationToken);

    /// <summary>Fills the page's form (the first, or the one matching <paramref name="formSelector"/>) and submits it. The
    /// selector may also name a submit button, as a click on it would: its form (also by the form attribute) goes to its
    /// formaction, when it has one.</summary>
    public async Task<HttpResponseMessage> SubmitAsync(string url, IEnumerable<KeyValuePair<string, string>> fields, string formSelector = "main form")
    {
        var page = await GetPageAsync(url);
        var chosen = page.QuerySelector(formSelector) ?? throw new InvalidOperationException($"No form '{formSelector}' on {url}");
        var button = chosen as IHtmlButtonElement;
        var form = button is not null ? button.Form ?? throw new InvalidOperationException($"The button '{formSelector}' on {url} has no form")
            : chosen as IHtmlFormElement ?? throw new InvalidOperationException($"'{formSelector}' on {url} is neither a form nor a button");
        var action = button?.GetAttribute("formaction") is { Length: > 0 } overridden ? overridden
            : form.GetAttribute("action") is { Length: > 0 } a ? a : url;
        var values = new List<KeyValuePair<string, string>>();
        // The form's own fields and those joined to it by its id (form="..."), as a browser sends them.
        var token = form.Elements.OfType<IHtmlInputElement>().FirstOrDefault(i => i.Name == "__RequestVerificationToken")?.Value;
        if (token is not null)
        {
            values.Add(new("__RequestVerificationToken", token));
        }
        values.AddRange(fields);
        return await PostAsync(action, values);
    }

    /// <summary>An antiforgery token from any form on a page (the header's log-out form is on every page), for posts a
    /// page does not offer: forged or replayed requests.</summary>
    public async Task<string> TokenAsync(string pageUrl = "/") =>
        (await GetPageAsync(pageUrl)).QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")?.Value
            ?? throw new InvalidOperationException($"No antiforgery token on {pageUrl}");

    public async Task<HttpResponseMessage> PostAsync(string url, IEnumerable<KeyValuePair<string, string>> values) =>
        await Http.PostAsync(url, new FormUrlEncodedContent(values), TestContext.Current.CancellationToken);

    public async Task<HttpResponseMessage> PostMultipartAsync(string url, string pageUrl, MultipartFormDataContent content)
    {
        var page = await GetPageAsync(pageUrl);
        var token = page.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")?.Value ?? "";
        content.Add(new StringContent(token), "__RequestVerificationToken");
        return await Http.PostAsync(url, content, TestContext.Current.CancellationToken);
    }

    public async Task LoginAsync(string email, string password)
    {
        var response = await SubmitAsync("/Identity/Account/Login", [new("Input.Email", email), new("Input.Password", password)]);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect, $"Login for {email} returned {(int)response.StatusCode}");
    }

    public static async Task<IDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        // Every page a test reads is also checked for valid markup; Hangfire's dashboard is not ours to fix.
        if (response.RequestMessage?.RequestUri is { } uri && !uri.AbsolutePath.StartsWith("/jobs", StringComparison.OrdinalIgnoreCase)
            && response.Content.Headers.ContentType?.MediaType == "text/html")
        {
            await MentoringProgram.Testing.HtmlValidity.AssertValidAsync(html, $"{response.RequestMessage.Method} {uri.PathAndQuery} ({(int)response.StatusCode})");
        }
        var context = BrowsingContext.New(Configuration.Default);
        return await context.OpenAsync(r => r.Content(html), TestContext.Current.CancellationToken);
    }

    /// <summary>The validation message shown next to a field, or null.</summary>
    /// <summary>What a browser would send from the page's main form as it stands (token aside): for posting a form with a few fields changed.</summary>
    public static List<KeyValuePair<string, string>> FormValues(IDocument page)
    {
        var form = page.QuerySelector("main form")!;
        var values = new List<KeyValuePair<string, string>>();
        foreach (var input in form.QuerySelectorAll("input"))
        {
            var name = input.GetAttribute("name");
            var type = input.GetAttribute("type");
            if (name is null || name == "__RequestVerificationToken" || ((type == "checkbox" || type == "radio") && !input.HasAttribute("checked")))
            {
                continue;
            }
            values.Add(new(name, input.GetAttribute("value") ?? ""));
        }
        foreach (var area in form.QuerySelectorAll("textarea"))
        {
            values.Add(new(area.GetAttribute("name")!, area.TextContent));
        }
        foreach (var select in form.QuerySelectorAll("select"))
        {
            var selected = select.QuerySelector("option[selected]") ?? select.QuerySelector("option");
            values.Add(new(select.GetAttribute("name")!, selected?.GetAttribute("value") ?? ""));
        }
        return values;
    }

    public static string? FieldError(IDocument page, string field) =>
        page.QuerySelector($"[data-valmsg-for='{field}']")?.TextContent.Trim() is { Length: > 0 } text ? text : null;
}
