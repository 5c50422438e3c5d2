namespace MentoringProgram.Web.Domain;

/// <summary>One checklist item a pair has done, with who ticked it and when. Keyed by the item's words, so a coordinator
/// who reorders or adds items to the template keeps every pair's ticks; an item taken out of the template is no longer
/// shown or counted.</summary>
public class ChecklistTick : IAudited
{
    private ChecklistTick() { }

    private ChecklistTick(int pairingId, string item, int tickedByStaffId, DateTimeOffset tickedAt)
    {
        PairingId = pairingId;
        Item = item;
        TickedByStaffId = tickedByStaffId;
        TickedAt = tickedAt;
    }

    public int Id { get; private set; }
    public int PairingId { get; private set; }
    public string Item { get; private set; } = "";
    public int TickedByStaffId { get; private set; }
    public DateTimeOffset TickedAt { get; private set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>Either member ticks an item of their program's checklist while the pairing is active.</summary>
    public static ChecklistTick Tick(Pairing pairing, IReadOnlyList<string> items, int itemNumber, int staffId, DateTimeOffset now)
    {
        if (pairing.Status != PairingStatus.Active)
        {
            throw new DomainRuleException("The checklist is ticked while the pairing is active.");
        }
        if (!pairing.Involves(staffId))
        {
            throw new DomainRuleException("Only the mentee and the mentor tick their checklist.");
        }
        if (itemNumber < 1 || itemNumber > items.Count)
        {
            throw new DomainRuleException("That item is not on your program's checklist.");
        }
        return new ChecklistTick(pairing.Id, items[itemNumber - 1], staffId, now);
    }
}
