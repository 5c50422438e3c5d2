using System.Text.RegularExpressions;
using MentoringProgram.IntegrationTests.Infrastructure;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>Reads outside a transaction run on connections that keep their statements prepared (ADR 0023): the same
/// rows as EF Core's own connection gives, each query text prepared once, and a transaction still reads its own writes.</summary>
public sealed class SqlitePreparedReadsTests(SqliteApp fixture) : AppTests(fixture), IClassFixture<SqliteApp>
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private SqliteReadConnections Connections => App.Services.GetRequiredService<SqliteReadConnections>();

    [Fact]
    public async Task AQueryRunAgain_IsNotPreparedAgain_AndReadsWhatIsThere()
    {
        var name = $"Prepared {Guid.NewGuid():N}";
        await App.WithDbAsync(async db =>
        {
            db.Topics.Add(new Topic(name));
            return await db.SaveChangesAsync(Ct);
        });
        Task<List<string>> ReadAsync() => App.WithDbAsync(db => db.Topics.Where(t => t.Name.StartsWith("Prepared")).OrderBy(t => t.Name).Select(t => t.Name).ToListAsync(Ct));
        var first = await ReadAsync();
        var before = Connections.Prepared;

        var again = new List<List<string>>();
        for (var i = 0; i < 5; i++)
        {
            again.Add(await ReadAsync());
        }

        Assert.Contains(name, first);
        Assert.All(again, rows => Assert.Equal(first, rows));
        Assert.Equal(before, Connections.Prepared);
    }

    [Fact]
    public async Task AWriteCommitted_IsReadAtOnce_AndATransactionReadsItsOwnUncommittedWrites()
    {
        var name = $"Fresh {Guid.NewGuid():N}";
        Task<bool> ExistsAsync(AppDbContext db) => db.Topics.AnyAsync(t => t.Name == name, Ct);
        Assert.False(await App.WithDbAsync(ExistsAsync));

        var inside = await App.WithDbAsync(async db =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(Ct);
            db.Topics.Add(new Topic(name));
            await db.SaveChangesAsync(Ct);
            var seen = await ExistsAsync(db);
            await transaction.CommitAsync(Ct);
            return seen;
        });

        Assert.True(inside);
        Assert.True(await App.WithDbAsync(ExistsAsync));
    }

    [Fact]
    public async Task AQueryNeedingEfCoresOwnFunctions_StillRuns()
    {
        // regexp is a function EF Core adds to its own connections: the statement is left to them.
        var name = $"Regex {Guid.NewGuid():N}";
        await App.WithDbAsync(async db =>
        {
            db.Topics.Add(new Topic(name));
            return await db.SaveChangesAsync(Ct);
        });

        var found = await App.WithDbAsync(db => db.Topics.Where(t => Regex.IsMatch(t.Name, "^Regex [0-9a-f]+$")).Select(t => t.Name).ToListAsync(Ct));

        Assert.Contains(name, found);
    }
}
