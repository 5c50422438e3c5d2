using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Pairings;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Checklists;

/// <summary>
/// A pair's checklist (seed 004): the program's items, each with who ticked it and when. Either member ticks or unticks
/// an item while the pairing is active; the item is named by its number in the program's current list, from the route.
/// </summary>
public static class PairChecklist
{
    public sealed record Item(int Number, string Text, bool Done, bool TickedByMe, DateTimeOffset? TickedAt);

    public sealed record View(int PairingId, string OtherName, bool CanTick, string TimeZoneId, IReadOnlyList<Item> Items)
    {
        public int Done => Items.Count(i => i.Done);
    }

    /// <summary>An item ticked, as read from the database (the pairing page reads them with the pairing).</summary>
    public sealed record TickRow(string Item, int TickedByStaffId, DateTimeOffset TickedAt);

    /// <summary>The program's current items, each with its tick if it has one, as the member <paramref name="staffId"/> sees them.</summary>
    public static View ViewOf(int staffId, int pairingId, bool active, string otherName, string timeZoneId, string? template, IEnumerable<TickRow> ticked)
    {
        var ticks = ticked.ToDictionary(t => t.Item, StringComparer.Ordinal);
        var items = Checklist.Items(template).Select((text, i) => ticks.TryGetValue(text, out var tick)
            ? new Item(i + 1, text, true, tick.TickedByStaffId == staffId, tick.TickedAt)
            : new Item(i + 1, text, false, false, null)).ToList();
        return new View(pairingId, otherName, active, timeZoneId, items);
    }

    public sealed record Result(bool Found, string? Refusal);

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public async Task<Result> TickAsync(int staffId, int pairingId, int itemNumber, bool done, CancellationToken cancellationToken)
        {
            var pairing = await db.Pairings.Include(p => p.Cycle).ThenInclude(c => c!.Program).Where(PairingDetails.ThePairs)
                .SingleOrDefaultAsync(p => p.Id == pairingId && (p.MenteeStaffId == staffId || p.MentorStaffId == staffId), cancellationToken);
            if (pairing is null)
            {
                return new Result(false, null);
            }
            var items = pairing.Cycle!.Program!.ChecklistItems;
            ChecklistTick tick;
            try
            {
                tick = ChecklistTick.Tick(pairing, items, itemNumber, staffId, clock.GetUtcNow());
            }
            catch (DomainRuleException refused)
            {
                return new Result(true, refused.Message);
            }
            var existing = await db.ChecklistTicks.SingleOrDefaultAsync(t => t.PairingId == pairingId && t.Item == tick.Item, cancellationToken);
            if (done == (existing is not null))
            {
                // Already as asked (a double click, or the other member just did the same): nothing to change.
                return new Result(true, null);
            }
            if (done)
            {
                db.ChecklistTicks.Add(tick);
            }
            else
            {
                db.ChecklistTicks.Remove(existing!);
            }
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // The other member ticked the same item in the same moment: the unique key kept one tick, as asked.
                db.ChangeTracker.Clear();
            }
            return new Result(true, null);
        }
    }
}
