using MentoringProgram.Testing;
using MentoringProgram.Web.Email;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace MentoringProgram.BrowserTests;

/// <summary>Issue 10, item 16: on a 390 px phone no page is wider than the screen (the outbox was 634 px), and
/// every page's heading stands clear of the header bar (a .container rule set main's top padding to 0).</summary>
public sealed class PhoneLayoutTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task CoordinatorPages_FitAPhone_AndHeadingsClearTheHeader()
    {
        var email = $"phone.{Guid.NewGuid():N}"[..14] + "@library.test";
        await fixture.App.CreateUserAsync(email, coordinator: true);
        await fixture.App.WithScopeAsync(async sp =>
        {
            // Long unbroken addresses and subjects are what pushed the table past the screen.
            var outbox = sp.GetRequiredService<EmailOutbox>();
            for (var i = 0; i < 3; i++)
            {
                await outbox.QueueAsync($"phone-test:{Guid.NewGuid():N}", $"a.very.long.address.for.the.outbox.table.{i}@metadata-and-cataloging.library.example.edu", null,
                    new EmailContent("New mentor request: Alexandra Montgomery-Fitzwilliam (Metadata and Cataloging, Special Collections)", "text", "<p>html</p>"));
            }
            return await sp.GetRequiredService<Web.Data.AppDbContext>().SaveChangesAsync(TestContext.Current.CancellationToken);
        });
        var page = await fixture.LogInAsync(email, phone: true);

        foreach (var path in new[] { "/", "/Outbox", "/Programs", "/Roster", "/Topics", "/Departments", "/Profile", "/My", "/Identity/Account/Login" })
        {
            await page.GotoAsync(path);
            var width = await page.EvaluateAsync<int>("document.documentElement.scrollWidth");
            // Named in the message: which elements stick out.
            var widest = await page.EvaluateAsync<string>(@"[...document.querySelectorAll('body *')].filter(e => e.getBoundingClientRect().right > 391)
                .map(e => e.tagName + '.' + e.className + ' ' + Math.round(e.getBoundingClientRect().right)).slice(0, 5).join('; ')");
            Assert.True(width <= 390, $"{path} is {width} px wide on a 390 px screen: {widest}");
            var gap = await page.EvaluateAsync<double>("document.querySelector('main h1').getBoundingClientRect().top - document.querySelector('.site-header').getBoundingClientRect().bottom");
            Assert.True(gap >= 16, $"{path}: the heading is {gap} px below the header bar");
        }
        await page.GotoAsync("/Outbox");
        await Accessibility.AssertNoViolationsAsync(page);
    }
}
