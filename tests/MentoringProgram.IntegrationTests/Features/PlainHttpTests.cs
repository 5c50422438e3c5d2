using System.Net;
using MentoringProgram.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>Outside Development every cookie is Secure, so a page over plain HTTP used to answer 500 (the layout's
/// antiforgery token). A plain-HTTP request that did not come through a trusted proxy is sent to the public HTTPS
/// address, or told what to use or configure; never a 500.</summary>
public abstract class PlainHttpTests(AppFixture fixture) : AppTests(fixture)
{
    private HttpClient PlainHttpClient() => App.CreateClient(new() { BaseAddress = new Uri("http://localhost"), AllowAutoRedirect = false });

    [Theory]
    [InlineData("/")]
    [InlineData("/Identity/Account/Login")]
    [InlineData("/Programs?page=2")]
    public async Task Get_IsRedirectedToThePublicHttpsAddress(string path)
    {
        var response = await PlainHttpClient().GetAsync(path, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(new Uri("https://localhost" + path), response.Headers.Location);
    }

    [Fact]
    public async Task Post_ShowsAPageWithTheHttpsAddress_NotA500()
    {
        var response = await PlainHttpClient().PostAsync("/Identity/Account/Logout", new FormUrlEncodedContent([]), TestContext.Current.CancellationToken);
        var page = await AppClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("This app works over HTTPS only", page.QuerySelector("h1")?.TextContent);
        Assert.Contains("https://localhost", page.QuerySelector("p")?.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForwardedHeadersFromAnUntrustedSender_AreNotBelieved_AndThePageSaysWhatToConfigure()
    {
        using var app = FromAddress(ProxyAddress, trustIt: false);

        var response = await SendThroughProxyAsync(app, "/Identity/Account/Login");
        var page = await AppClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("ForwardedHeaders:KnownProxies", page.QuerySelector("p")?.TextContent, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("Set-Cookie"));
    }

    [Fact]
    public async Task ForwardedHeadersFromTheConfiguredProxy_AreBelieved_AndThePageIsServedWithSecureCookies()
    {
        using var app = FromAddress(ProxyAddress, trustIt: true);

        var response = await SendThroughProxyAsync(app, "/Identity/Account/Login");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(response.Headers.GetValues("Set-Cookie"), c => c.StartsWith("__Host-mentoring-af=", StringComparison.Ordinal) && c.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }

    private static readonly IPAddress ProxyAddress = IPAddress.Parse("198.51.100.20");

    /// <summary>The app as it sees requests from another machine (the test server has no client address of its own).</summary>
    private WebApplicationFactory<Program> FromAddress(IPAddress address, bool trustIt) =>
        App.WithWebHostBuilder(b =>
        {
            if (trustIt)
            {
                b.UseSetting("ForwardedHeaders:KnownProxies:0", address.ToString());
            }
            b.ConfigureServices(s => s.AddSingleton<IStartupFilter>(new RemoteAddressFilter(address)));
        });

    private static async Task<HttpResponseMessage> SendThroughProxyAsync(WebApplicationFactory<Program> app, string path)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("X-Forwarded-Proto", "https");
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        var client = app.CreateClient(new() { BaseAddress = new Uri("http://localhost"), AllowAutoRedirect = false });
        return await client.SendAsync(request, TestContext.Current.CancellationToken);
    }

    private sealed class RemoteAddressFilter(IPAddress address) : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                context.Connection.RemoteIpAddress = address;
                return nextMiddleware(context);
            });
            next(app);
        };
    }
}

public sealed class PlainHttpTestsOnSqlite(SqliteApp fixture) : PlainHttpTests(fixture), IClassFixture<SqliteApp>;

public sealed class PlainHttpTestsOnPostgres(PostgresApp fixture) : PlainHttpTests(fixture), IClassFixture<PostgresApp>;
