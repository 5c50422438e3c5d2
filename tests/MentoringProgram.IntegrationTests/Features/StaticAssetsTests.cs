using System.IO.Compression;
using System.Net;
using MentoringProgram.IntegrationTests.Infrastructure;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>Static files come from the build's static assets manifest: fingerprinted names, pre-compressed, cached
/// immutably; the icon and robots.txt answer a signed-out visitor (a staff-only app asks not to be indexed).</summary>
public abstract class StaticAssetsTests(AppFixture fixture) : AppTests(fixture)
{
    /// <summary>A build has gzip copies; a published app also has Brotli, preferred when the browser accepts both.</summary>
    [Fact]
    public async Task Stylesheet_IsFingerprinted_Compressed_AndCachedImmutably()
    {
        var client = NewClient();
        var login = await client.GetPageAsync("/Identity/Account/Login");
        var href = login.QuerySelector("link[rel=stylesheet]")?.GetAttribute("href");
        Assert.NotNull(href);
        Assert.Matches(@"^/css/site\.[a-z0-9]+\.css$", href);

        var request = new HttpRequestMessage(HttpMethod.Get, href);
        request.Headers.Add("Accept-Encoding", "gzip, deflate, br");
        var response = await client.Http.SendAsync(request, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var encoding = Assert.Single(response.Content.Headers.ContentEncoding);
        Assert.Contains(encoding, new[] { "br", "gzip" });
        Assert.Equal("text/css", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("immutable", response.Headers.CacheControl?.ToString(), StringComparison.Ordinal);
        // What arrives is really compressed, and is the stylesheet once decompressed.
        await using var body = await response.Content.ReadAsStreamAsync(TestContext.Current.CancellationToken);
        await using Stream decompressed = encoding == "br" ? new BrotliStream(body, CompressionMode.Decompress) : new GZipStream(body, CompressionMode.Decompress);
        using var reader = new StreamReader(decompressed);
        Assert.Equal(await File.ReadAllTextAsync(SourceFile("css/site.css"), TestContext.Current.CancellationToken), await reader.ReadToEndAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Icons_AreServedToASignedOutVisitor()
    {
        var client = NewClient();
        var login = await client.GetPageAsync("/Identity/Account/Login");
        var icon = login.QuerySelector("link[rel=icon]")?.GetAttribute("href");
        Assert.NotNull(icon);

        var linked = await client.GetAsync(icon);
        var classic = await client.GetAsync("/favicon.ico");

        Assert.Equal(HttpStatusCode.OK, linked.StatusCode);
        Assert.Equal("image/svg+xml", linked.Content.Headers.ContentType?.MediaType);
        Assert.Equal(HttpStatusCode.OK, classic.StatusCode);
        Assert.Equal("image/x-icon", classic.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task RobotsTxt_DisallowsEverything_ForASignedOutVisitor()
    {
        var response = await NewClient().GetAsync("/robots.txt");
        var text = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("User-agent: *", text, StringComparison.Ordinal);
        Assert.Contains("Disallow: /\n", text, StringComparison.Ordinal);
    }

    private static string SourceFile(string path)
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "MentoringProgram.sln")))
        {
            dir = dir.Parent;
        }
        return Path.Combine(dir!.FullName, "src", "MentoringProgram.Web", "wwwroot", path);
    }
}

public sealed class StaticAssetsTestsOnSqlite(SqliteApp fixture) : StaticAssetsTests(fixture), IClassFixture<SqliteApp>;

public sealed class StaticAssetsTestsOnPostgres(PostgresApp fixture) : StaticAssetsTests(fixture), IClassFixture<PostgresApp>;
