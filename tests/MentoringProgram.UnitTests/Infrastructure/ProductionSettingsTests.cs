using MentoringProgram.Web.Infrastructure;
using Microsoft.Extensions.Configuration;

namespace MentoringProgram.UnitTests.Infrastructure;

public class ProductionSettingsTests
{
    private const string GoodUrl = "https://mentoring.library.example.edu";

    [Theory]
    [InlineData("mentoring.library.example.edu", GoodUrl)]
    [InlineData("mentoring.library.example.edu;mentoring", GoodUrl + "/")]
    [InlineData("*.library.example.edu", GoodUrl)]
    [InlineData("localhost", "https://localhost:8443")]
    public void RealHostAndHttpsAddress_AreReady(string hosts, string url) =>
        Assert.Empty(ProductionSettings.Problems(hosts, url));

    [Theory]
    [InlineData("*")]
    [InlineData("mentoring.library.example.edu;*")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData(" ; ")]
    public void AnyHost_IsRefused_NamingTheSettingToAdd(string? hosts)
    {
        var problem = Assert.Single(ProductionSettings.Problems(hosts, GoodUrl));

        Assert.StartsWith("AllowedHosts is", problem, StringComparison.Ordinal);
        Assert.Contains("AllowedHosts=mentoring.library.example.edu", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("http://localhost:5080")]
    [InlineData("http://mentoring.library.example.edu")]
    [InlineData("mentoring.library.example.edu")]
    [InlineData("/mentoring")]
    [InlineData("ftp://mentoring.library.example.edu")]
    public void PublicBaseUrlThatIsNotAnHttpsAddress_IsRefused_NamingTheSettingToAdd(string? url)
    {
        var problem = Assert.Single(ProductionSettings.Problems("mentoring.library.example.edu", url));

        Assert.StartsWith("Email:PublicBaseUrl is", problem, StringComparison.Ordinal);
        Assert.Contains("Email__PublicBaseUrl=https://", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void PublicBaseUrlOnAHostThatAllowedHostsRefuses_IsRefused()
    {
        var problem = Assert.Single(ProductionSettings.Problems("intranet.library.example.edu", GoodUrl));

        Assert.Contains("AllowedHosts=mentoring.library.example.edu", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void EnsureReady_ListsEveryProblemInOneMessage()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["AllowedHosts"] = "*",
            ["Email:PublicBaseUrl"] = "http://localhost:5080",
        }).Build();

        var error = Assert.Throws<InvalidOperationException>(() => ProductionSettings.EnsureReady(configuration));

        Assert.Contains("AllowedHosts is '*'", error.Message, StringComparison.Ordinal);
        Assert.Contains("Email:PublicBaseUrl is 'http://localhost:5080'", error.Message, StringComparison.Ordinal);
    }
}
