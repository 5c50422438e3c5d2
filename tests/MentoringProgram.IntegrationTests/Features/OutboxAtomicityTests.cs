using System.Net;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Testing;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Email;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>Makes the database refuse any save that carries mail, as a failing disk or dropped connection would.</summary>
public sealed class RefuseMailInterceptor : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default) =>
        eventData.Context!.ChangeTracker.Entries<OutboxMessage>().Any(e => e.State == EntityState.Added)
            ? throw new DbUpdateException("Simulated failure while writing the outbox.")
            : ValueTask.FromResult(result);
}

public sealed class OutboxAtomicityTests(SqliteApp fixture) : AppTests(fixture), IClassFixture<SqliteApp>
{
    [Fact]
    public async Task WhenTheMailCannotBeWritten_TheRequestIsNotSavedEither()
    {
        var programId = await App.CreateProgramAsync();
        var topics = await App.TopicIdsAsync();
        var email = Unique("atomic");
        await App.CreateUserAsync(email);
        using var failing = App.WithWebHostBuilder(b => b.ConfigureTestServices(s =>
            s.ConfigureDbContext<SqliteAppDbContext>(o => o.AddInterceptors(new RefuseMailInterceptor()))));
        var client = new AppClient(failing.CreateClient(new() { BaseAddress = new Uri("https://localhost"), AllowAutoRedirect = false }));
        await client.LoginAsync(email, TestAppFactory.Password);

        var response = await client.SubmitAsync($"/Enroll/{programId}/Request", EnrollmentData.RequestForm(topics[0]));

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        var staffId = await App.WithDbAsync(db => db.StaffMembers.Where(s => s.WorkEmail == email).Select(s => s.Id).SingleAsync(TestContext.Current.CancellationToken));
        Assert.False(await App.WithDbAsync(db => db.MenteeRequests.AnyAsync(r => r.StaffMemberId == staffId, TestContext.Current.CancellationToken)));
        Assert.False(await App.WithDbAsync(db => db.OutboxMessages.AnyAsync(m => m.ToAddress == email, TestContext.Current.CancellationToken)));
    }
}
