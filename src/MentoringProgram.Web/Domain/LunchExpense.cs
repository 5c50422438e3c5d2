namespace MentoringProgram.Web.Domain;

/// <summary>A lunch the pair paid for against their program's allowance (seed 002: a lunch allowance per pair). What it
/// cost and when, for the pair to see what is left and for the coordinator to total for finance: not a private note.</summary>
public class LunchExpense : IAudited
{
    public const int NoteLength = 200;

    private LunchExpense() { }

    private LunchExpense(int pairingId, DateOnly spentOn, decimal amount, int loggedByStaffId, string? note)
    {
        PairingId = pairingId;
        SpentOn = spentOn;
        Amount = amount;
        LoggedByStaffId = loggedByStaffId;
        Note = note;
    }

    public int Id { get; private set; }
    public int PairingId { get; private set; }
    public DateOnly SpentOn { get; private set; }
    public decimal Amount { get; private set; }
    public int LoggedByStaffId { get; private set; }

    /// <summary>Optional, for finance: where, or a receipt number.</summary>
    public string? Note { get; private set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }

    /// <summary>What is wrong with an amount, in words, or null: more than nothing, in cents, and no more than is left.
    /// The form's validator says the same beside the field.</summary>
    public static string? AmountProblem(decimal amount, decimal left) =>
        amount <= 0 ? "Enter what the lunch cost, more than 0."
        : decimal.Round(amount, 2) != amount ? "Enter the cost in dollars and cents, e.g. 18.50."
        : amount > left ? $"Only {left:0.00} is left of your lunch allowance."
        : null;

    /// <summary>Either member records a lunch while the pairing is active, on a day of the term up to the program's
    /// today, within what is left of the allowance.</summary>
    public static LunchExpense Record(Pairing pairing, decimal? allowance, decimal spentSoFar, DateOnly spentOn, decimal amount, int staffId, DateOnly today, string? note)
    {
        if (allowance is not { } total)
        {
            throw new DomainRuleException("This program has no lunch allowance.");
        }
        if (pairing.Status != PairingStatus.Active)
        {
            throw new DomainRuleException("Lunches are recorded while the pairing is active.");
        }
        if (!pairing.Involves(staffId))
        {
            throw new DomainRuleException("Only the mentee and the mentor record their lunches.");
        }
        if (Pairing.MeetingDayProblem(spentOn, pairing.StartsOn, today) is { } dayProblem)
        {
            throw new DomainRuleException(dayProblem);
        }
        if (AmountProblem(amount, total - spentSoFar) is { } amountProblem)
        {
            throw new DomainRuleException(amountProblem);
        }
        if (note?.Trim().Length > NoteLength)
        {
            throw new DomainRuleException($"Keep the note to {NoteLength} characters or fewer.");
        }
        return new LunchExpense(pairing.Id, spentOn, amount, staffId, string.IsNullOrWhiteSpace(note) ? null : note.Trim());
    }
}
