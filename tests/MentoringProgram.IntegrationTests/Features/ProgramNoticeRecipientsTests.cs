using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Web.Features.Programs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MentoringProgram.IntegrationTests.Features;

public sealed class ProgramNoticeRecipientsTests(SqliteApp fixture) : AppTests(fixture), IClassFixture<SqliteApp>
{
    private Task<IReadOnlyList<string>> RecipientsAsync(int programId) =>
        App.WithScopeAsync(async sp =>
        {
            var program = await sp.GetRequiredService<MentoringProgram.Web.Data.AppDbContext>().Programs.SingleAsync(p => p.Id == programId, TestContext.Current.CancellationToken);
            return await sp.GetRequiredService<ProgramNoticeRecipients>().ForAsync(program, TestContext.Current.CancellationToken);
        });

    [Fact]
    public async Task EveryCoordinator_AndTheProgramsContact_ButNoOtherStaff()
    {
        var coordinator = Unique("coord");
        var staff = Unique("staff");
        await App.CreateUserAsync(coordinator, coordinator: true);
        await App.CreateUserAsync(staff);
        var programId = await App.CreateProgramAsync(contact: "Program.Desk@Library.test ");

        var recipients = await RecipientsAsync(programId);

        Assert.Contains(coordinator, recipients);
        Assert.Contains("program.desk@library.test", recipients);
        Assert.DoesNotContain(staff, recipients);
    }

    [Fact]
    public async Task AContactWhoIsAlsoACoordinator_IsNotifiedOnce()
    {
        var coordinator = Unique("both");
        await App.CreateUserAsync(coordinator, coordinator: true);
        var programId = await App.CreateProgramAsync(contact: coordinator.ToUpperInvariant());

        var recipients = await RecipientsAsync(programId);

        Assert.Single(recipients, r => r == coordinator);
    }

    [Fact]
    public async Task AProgramWithoutAContact_ReachesTheCoordinators()
    {
        var coordinator = Unique("only");
        await App.CreateUserAsync(coordinator, coordinator: true);
        var programId = await App.CreateProgramAsync();

        var recipients = await RecipientsAsync(programId);

        Assert.Contains(coordinator, recipients);
        Assert.All(recipients, r => Assert.Equal(r.Trim().ToLowerInvariant(), r));
    }
}
