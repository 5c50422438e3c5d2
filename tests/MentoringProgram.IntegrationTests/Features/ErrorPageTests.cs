using System.Net;
using MentoringProgram.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>An action that fails, added to the app only in this test.</summary>
[AllowAnonymous]
public sealed class FailingController : Controller
{
    [HttpGet("/test/fail")]
    public IActionResult Fail() => throw new InvalidOperationException("Secret detail: Server=db;Password=hunter2");
}

public sealed class ErrorPageTests(SqliteApp fixture) : AppTests(fixture), IClassFixture<SqliteApp>
{
    [Fact]
    public async Task UnhandledError_ShowsAGenericPageWithAReference_AndNoDetails()
    {
        using var factory = App.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.AddControllersWithViews().AddApplicationPart(typeof(FailingController).Assembly)));
        var client = factory.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false });

        var response = await client.GetAsync("/test/fail", TestContext.Current.CancellationToken);
        var html = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Contains("Something went wrong", html);
        Assert.Contains("quote the reference", html);
        Assert.DoesNotContain("hunter2", html);
        Assert.DoesNotContain("InvalidOperationException", html);
    }
}
