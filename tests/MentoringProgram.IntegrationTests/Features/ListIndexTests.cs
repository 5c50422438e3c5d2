using MentoringProgram.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.IntegrationTests.Features;

/// <summary>The coordinator's lists filter on one cycle (and perhaps a status) and order by status, submission and id:
/// one index per list serves both, so SQLite reads a page without sorting the whole cycle in a temporary B-tree (issue 12).</summary>
public sealed class ListIndexTests(SqliteApp fixture) : AppTests(fixture), IClassFixture<SqliteApp>
{
    [Theory]
    [InlineData("MenteeRequests", "IX_MenteeRequests_CycleId_Status_SubmittedAt_Id")]
    [InlineData("MentorVolunteers", "IX_MentorVolunteers_CycleId_Status_SubmittedAt_Id")]
    public async Task AListPage_IsReadThroughItsIndex_WithoutASort(string table, string index)
    {
        var plans = new List<string>();
        foreach (var filter in new[] { "\"CycleId\" = 1", "\"CycleId\" = 1 AND \"Status\" = 1" })
        {
            var sql = $"EXPLAIN QUERY PLAN SELECT \"Id\" FROM \"{table}\" WHERE {filter} ORDER BY \"Status\", \"SubmittedAt\", \"Id\" LIMIT 50 OFFSET 50";
            plans.Add(string.Join(" | ", await App.WithDbAsync(async db =>
            {
                var connection = await OwnConnection.OpenAsync(db);
                await using var command = connection.CreateCommand();
                command.CommandText = sql;
                var lines = new List<string>();
                await using var reader = await command.ExecuteReaderAsync(TestContext.Current.CancellationToken);
                while (await reader.ReadAsync(TestContext.Current.CancellationToken))
                {
                    lines.Add(reader.GetString(3));
                }
                return lines;
            })));
        }

        Assert.All(plans, plan =>
        {
            Assert.Contains(index, plan);
            Assert.DoesNotContain("TEMP B-TREE", plan);
        });
    }
}
