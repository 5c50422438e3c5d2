using System.Net;
using MentoringProgram.Testing;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>In Production the app refuses to start while any Host header is accepted or mail links have no public
/// HTTPS address, and says which setting to add.</summary>
public sealed class ProductionStartupTests
{
    [Theory]
    [InlineData("*", "https://mentoring.library.example.edu", "AllowedHosts=mentoring.library.example.edu")]
    [InlineData("mentoring.library.example.edu", "http://localhost:5080", "Email__PublicBaseUrl=https://")]
    [InlineData("mentoring.library.example.edu", "", "Email__PublicBaseUrl=https://")]
    public async Task UnsafeSettings_StopTheHost_WithTheSettingToAdd(string allowedHosts, string publicBaseUrl, string advice)
    {
        await using var database = TestDatabase.CreateSqlite();
        await using var app = new TestAppFactory(database, settings: new Dictionary<string, string?>
        {
            ["environment"] = "Production",
            ["AllowedHosts"] = allowedHosts,
            ["Email:PublicBaseUrl"] = publicBaseUrl,
        });

        var error = Assert.ThrowsAny<Exception>(() => app.Server);

        Assert.Contains(advice, error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RealHostAndHttpsAddress_StartTheHost()
    {
        await using var database = TestDatabase.CreateSqlite();
        await using var app = new TestAppFactory(database, settings: new Dictionary<string, string?>
        {
            ["environment"] = "Production",
            ["AllowedHosts"] = "mentoring.library.example.edu",
            ["Email:PublicBaseUrl"] = "https://mentoring.library.example.edu",
        });
        var client = app.CreateClient(new() { BaseAddress = new Uri("https://mentoring.library.example.edu"), AllowAutoRedirect = false });

        var response = await client.GetAsync("/Identity/Account/Login", TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
