using System.Globalization;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Enrollment;

/// <summary>
/// What a coordinator's list needs around its rows: the program's name and zone, its cycles (to pick the one shown),
/// the topics (the program's to filter by; every topic to name a row's) and the departments. Read in one statement,
/// a UNION ALL of four small selects, so a page of a list costs this and its rows, two statements in all (issue 12).
/// The program's row also carries the <see cref="EnrollmentStamp"/>, under which the list keeps its pages: a page seen
/// again with nothing changed costs this one statement.
/// </summary>
public sealed class EnrollmentListScope
{
    private EnrollmentListScope(ScopeRow program, IReadOnlyList<ScopeRow> rows)
    {
        ProgramName = program.Name;
        Stamp = program.Stamp;
        TimeZoneId = program.Text ?? TimeZones.Utc;
        Cycles = [.. rows.Where(r => r.Kind == Kind.Cycle)];
        var topics = rows.Where(r => r.Kind == Kind.Topic).OrderBy(r => r.Order).ThenBy(r => r.Name, StringComparer.CurrentCulture).ToList();
        _topicPositions = topics.Select((t, i) => (t.Id, i)).ToDictionary(t => t.Id, t => t.i);
        _topicNames = topics.ToDictionary(t => t.Id, t => t.Name);
        ProgramTopics = [.. topics.Where(t => t.Offered).Select(t => new SelectListItem(t.Name, Id(t.Id)))];
        Departments = [.. rows.Where(r => r.Kind == Kind.Department).OrderBy(r => r.Name, StringComparer.CurrentCulture).Select(d => new SelectListItem(d.Name, Id(d.Id)))];
    }

    private readonly Dictionary<int, int> _topicPositions;
    private readonly Dictionary<int, string> _topicNames;

    public string ProgramName { get; }

    /// <summary>The enrollment stamp, read with the program, before the rows it guards.</summary>
    public Guid? Stamp { get; }
    public string TimeZoneId { get; }
    private IReadOnlyList<ScopeRow> Cycles { get; }
    public IReadOnlyList<SelectListItem> ProgramTopics { get; }
    public IReadOnlyList<SelectListItem> Departments { get; }

    /// <summary>The cycle asked for, when it is one of the program's; else the one shown first today.</summary>
    public int? CycleId(int? asked, TimeProvider clock)
    {
        if (Cycles.FirstOrDefault(c => c.Id == asked) is { } chosen)
        {
            return chosen.Id;
        }
        var today = clock.TodayIn(TimeZones.FindOrUtc(TimeZoneId));
        return EnrollmentCycles.ShownFirst(Cycles, c => new EnrollmentWindow(c.Opens!.Value, c.Deadline!.Value), today)?.Id;
    }

    public IReadOnlyList<SelectListItem> CycleChoices(int? shown) =>
        [.. Cycles.OrderByDescending(c => c.Opens).Select(c => new SelectListItem(c.Name, Id(c.Id), c.Id == shown))];

    /// <summary>A row's topic names, in the program's order, from the ids its one text column holds.</summary>
    public IReadOnlyList<string> TopicNames(string? topicIds) =>
        [.. TopicIdList.Parse(topicIds).Where(_topicNames.ContainsKey).OrderBy(id => _topicPositions[id]).Select(id => _topicNames[id])];

    public static async Task<EnrollmentListScope?> LoadAsync(AppDbContext db, int programId, CancellationToken cancellationToken)
    {
        var rows = await Query.For(db)(db, programId, cancellationToken);
        return rows.FirstOrDefault(r => r.Kind == Kind.Program) is { } program ? new EnrollmentListScope(program, rows) : null;
    }

    /// <summary>Every list page runs it, so it is compiled once per provider.</summary>
    private static readonly CompiledPerProvider<Func<AppDbContext, int, CancellationToken, Task<List<ScopeRow>>>> Query = new(NewQuery);

    private static Func<AppDbContext, int, CancellationToken, Task<List<ScopeRow>>> NewQuery() => Compile(
        // Anonymous types: EF Core unions only shapes it can see through, not constructor calls.
        (AppDbContext db, int programId) => db.Programs.Where(p => p.Id == programId)
                .Select(p => new { Kind = (int)Kind.Program, p.Id, p.Name, Text = (string?)p.TimeZoneId, Order = 0, Offered = false, Opens = (DateOnly?)null, Deadline = (DateOnly?)null,
                    Stamp = db.CacheStamps.Where(s => s.Name == CacheStamp.Enrollment).Select(s => (Guid?)s.Stamp).FirstOrDefault() })
            .Concat(db.ProgramCycles.Where(c => c.ProgramId == programId)
                .Select(c => new { Kind = (int)Kind.Cycle, c.Id, c.Name, Text = (string?)null, Order = 0, Offered = false, Opens = (DateOnly?)c.EnrollmentOpens, Deadline = (DateOnly?)c.EnrollmentDeadline, Stamp = (Guid?)null }))
            .Concat(db.Topics
                .Select(t => new { Kind = (int)Kind.Topic, t.Id, t.Name, Text = (string?)null, Order = t.SortOrder,
                    Offered = db.Set<ProgramTopic>().Any(pt => pt.ProgramId == programId && pt.TopicId == t.Id), Opens = (DateOnly?)null, Deadline = (DateOnly?)null, Stamp = (Guid?)null }))
            .Concat(db.Departments
                .Select(d => new { Kind = (int)Kind.Department, d.Id, d.Name, Text = (string?)null, Order = 0, Offered = false, Opens = (DateOnly?)null, Deadline = (DateOnly?)null, Stamp = (Guid?)null })),
        r => new ScopeRow((Kind)r.Kind, r.Id, r.Name, r.Text, r.Order, r.Offered, r.Opens, r.Deadline, r.Stamp));

    /// <summary>Lets the query keep its anonymous shape: the field holds the compiled query with its rows mapped.</summary>
    private static Func<AppDbContext, int, CancellationToken, Task<List<ScopeRow>>> Compile<T>(
        System.Linq.Expressions.Expression<Func<AppDbContext, int, IQueryable<T>>> query, Func<T, ScopeRow> map)
    {
        var compiled = EF.CompileAsyncQuery(query);
        return async (db, programId, cancellationToken) =>
        {
            var rows = new List<ScopeRow>();
            await foreach (var row in compiled(db, programId).WithCancellation(cancellationToken))
            {
                rows.Add(map(row));
            }
            return rows;
        };
    }

    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private enum Kind
    {
        Program,
        Cycle,
        Topic,
        Department,
    }

    /// <summary>One shape for the four selects: a union needs the same columns from each.</summary>
    private sealed record ScopeRow(Kind Kind, int Id, string Name, string? Text, int Order, bool Offered, DateOnly? Opens, DateOnly? Deadline, Guid? Stamp);
}
