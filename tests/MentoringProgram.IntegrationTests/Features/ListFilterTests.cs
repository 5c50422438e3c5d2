using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using Microsoft.Extensions.DependencyInjection;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>The coordinator's lists show 50 rows unless 25 or 100 are chosen, and a filter value in the address that
/// names nothing is named on the page and ignored, instead of silently listing everything (or nothing) (issue 12).</summary>
public abstract class ListFilterTests(AppFixture fixture) : AppTests(fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private async Task<(int ProgramId, AppClient Coordinator)> ProgramWithRequestsAsync(int count)
    {
        var programId = await App.CreateProgramAsync();
        var topicId = (await App.TopicIdsAsync())[0];
        await App.WithDbAsync(async db =>
        {
            var cycleId = await db.ProgramCycles.Where(c => c.ProgramId == programId).Select(c => c.Id).SingleAsync(Ct);
            for (var i = 0; i < count; i++)
            {
                var staff = new StaffMember($"Person {i:D3}", $"person.{i:D3}.{Guid.NewGuid():N}"[..20] + "@library.test");
                db.StaffMembers.Add(staff);
                await db.SaveChangesAsync(Ct);
                var request = new MenteeRequest(cycleId, staff.Id) { Goals = "Plan the next five years.", ReadExpectations = true, InformedSupervisor = true };
                request.SetTopics([topicId]);
                request.Submit(App.Clock.GetUtcNow().AddMinutes(i));
                db.MenteeRequests.Add(request);
            }
            return await db.SaveChangesAsync(Ct);
        });
        var coordinator = Unique("coord");
        await App.CreateUserAsync(coordinator, coordinator: true);
        return (programId, await LoginAsync(coordinator));
    }

    [Fact]
    public async Task RequestList_ShowsFiftyRows_Or25Or100WhenChosen()
    {
        var (programId, coordinator) = await ProgramWithRequestsAsync(60);

        int Rows(AngleSharp.Dom.IDocument page) => page.QuerySelectorAll("main tbody tr").Length;

        Assert.Equal(50, Rows(await coordinator.GetPageAsync($"/Programs/{programId}/Requests")));
        Assert.Equal(25, Rows(await coordinator.GetPageAsync($"/Programs/{programId}/Requests?size=25")));
        Assert.Equal(60, Rows(await coordinator.GetPageAsync($"/Programs/{programId}/Requests?size=100")));
        var second = await coordinator.GetPageAsync($"/Programs/{programId}/Requests?size=25&page=2");
        Assert.Contains("size=25", second.QuerySelector("a[rel=next]")?.GetAttribute("href"));
    }

    [Fact]
    public async Task RequestList_APagePastTheEnd_ShowsTheLastPage()
    {
        var (programId, coordinator) = await ProgramWithRequestsAsync(60);

        var page = await coordinator.GetPageAsync($"/Programs/{programId}/Requests?size=25&page=99");

        Assert.Equal(10, page.QuerySelectorAll("main tbody tr").Length);
        Assert.Contains("Person 059", page.QuerySelector("main tbody")!.TextContent);
        Assert.Null(page.QuerySelector("a[rel=next]"));
    }

    [Fact]
    public async Task RequestList_AChangeToARow_ShowsOnTheNextView_OnAnInstanceThatHeldThePage()
    {
        var (programId, _) = await ProgramWithRequestsAsync(3);
        // The change below is saved through the first instance.
        var (otherInstance, coordinator) = await CoordinatorOnAnotherInstanceAsync();
        using var instance = otherInstance;
        var url = $"/Programs/{programId}/Requests";
        Assert.Contains("Person 000", (await coordinator.GetPageAsync(url)).QuerySelector("main tbody")!.TextContent);

        await App.WithDbAsync(async db =>
        {
            var request = await db.MenteeRequests.Include(r => r.StaffMember).SingleAsync(r => r.Cycle!.ProgramId == programId && r.StaffMember!.FullName == "Person 000", Ct);
            request.StaffMember!.FullName = "Robin Renamed";
            request.Withdraw(App.Clock.GetUtcNow());
            return await db.SaveChangesAsync(Ct);
        });
        var after = (await coordinator.GetPageAsync(url)).QuerySelector("main tbody")!.TextContent;

        Assert.DoesNotContain("Person 000", after);
        Assert.Contains("Robin Renamed", after);
    }

    [Fact]
    public async Task RequestList_PageNumbersPastTheEnd_AreNotEachKeptInMemory()
    {
        var (programId, coordinator) = await ProgramWithRequestsAsync(3);
        var memory = (MemoryCache)App.Services.GetRequiredService<IMemoryCache>();
        await coordinator.GetPageAsync($"/Programs/{programId}/Requests");
        var kept = memory.Count;

        // Every one of these shows the one page there is: a number in the address must not make a new entry each.
        foreach (var page in new[] { 0, -3, 2, 3, 99, 1000, 2_000_000_000 })
        {
            var shown = await coordinator.GetPageAsync($"/Programs/{programId}/Requests?page={page}");
            Assert.Equal(3, shown.QuerySelectorAll("main tbody tr").Length);
        }

        Assert.Equal(kept, memory.Count);
    }

    [Fact]
    public async Task RequestList_NamesEachRowsTopics_InTheProgramsOrder()
    {
        var (programId, coordinator) = await ProgramWithRequestsAsync(1);
        var topics = await App.WithDbAsync(db => db.Topics.OrderBy(t => t.SortOrder).Select(t => new { t.Id, t.Name }).ToListAsync(Ct));
        await App.WithDbAsync(async db =>
        {
            var request = await db.MenteeRequests.Include(r => r.Topics).SingleAsync(r => r.Cycle!.ProgramId == programId, Ct);
            request.SetTopics([topics[3].Id, topics[0].Id, topics[2].Id]);
            return await db.SaveChangesAsync(Ct);
        });

        var page = await coordinator.GetPageAsync($"/Programs/{programId}/Requests");

        Assert.Contains($"{topics[0].Name}, {topics[2].Name}, {topics[3].Name}", page.QuerySelector("main tbody tr")!.TextContent);
    }

    [Theory]
    [InlineData("status=Open", "There is no status \"Open\": showing every status.")]
    [InlineData("status=999", "There is no status \"999\": showing every status.")]
    [InlineData("status=Submitted,Withdrawn", "There is no status \"Submitted,Withdrawn\": showing every status.")]
    [InlineData("status=%20Submitted", "There is no status \" Submitted\": showing every status.")]
    [InlineData("topic=987654", "That topic is not offered by this program: showing every topic.")]
    [InlineData("department=987654", "There is no such department: showing every department.")]
    [InlineData("cycle=987654", "That cycle is not one of this program's: showing the current cycle.")]
    [InlineData("size=7", "7 rows per page is not offered: showing 50 (choose 25, 50 or 100).")]
    public async Task RequestList_AFilterValueThatNamesNothing_IsNamed_AndIgnored(string query, string message)
    {
        var (programId, coordinator) = await ProgramWithRequestsAsync(2);

        var page = await coordinator.GetPageAsync($"/Programs/{programId}/Requests?{query}");

        Assert.Contains(message, page.QuerySelector("#filter-problems")?.TextContent);
        Assert.Equal(2, page.QuerySelectorAll("main tbody tr").Length);
    }

    [Fact]
    public async Task VolunteerList_AnUnknownStatus_IsNamed()
    {
        var (programId, coordinator) = await ProgramWithRequestsAsync(0);

        var page = await coordinator.GetPageAsync($"/Programs/{programId}/Volunteers?status=Open");

        Assert.Contains("There is no status \"Open\"", page.QuerySelector("#filter-problems")?.TextContent);
    }

    [Fact]
    public async Task RequestList_AKnownStatus_FiltersWithoutAMessage()
    {
        var (programId, coordinator) = await ProgramWithRequestsAsync(2);

        var page = await coordinator.GetPageAsync($"/Programs/{programId}/Requests?status=Submitted");

        Assert.Null(page.QuerySelector("#filter-problems"));
        Assert.Equal(2, page.QuerySelectorAll("main tbody tr").Length);
    }
}

public sealed class ListFilterTestsOnSqlite(SqliteApp fixture) : ListFilterTests(fixture), IClassFixture<SqliteApp>;

public sealed class ListFilterTestsOnPostgres(PostgresApp fixture) : ListFilterTests(fixture), IClassFixture<PostgresApp>;
