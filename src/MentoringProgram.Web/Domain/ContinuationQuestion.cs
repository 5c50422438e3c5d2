namespace MentoringProgram.Web.Domain;

/// <summary>
/// When the end-of-term question "continue for another term, or end as planned?" is open (seed 002: two to three
/// weeks before the term ends): from <see cref="OpensDaysBefore"/> days before the term's last day to the end of that
/// day, where the program is. The notice mail goes out as it opens, its signed links expire as it closes, and the
/// pairing page asks it in between.
/// </summary>
public static class ContinuationQuestion
{
    public const int OpensDaysBefore = 21;

    public static DateOnly OpensOn(DateOnly endsOn) => endsOn.AddDays(-OpensDaysBefore);

    public static bool IsOpen(PairingStatus status, DateOnly endsOn, DateOnly today) => status == PairingStatus.Active && Problem(endsOn, today) is null;

    /// <summary>Why the question cannot be answered today, in words, or null while it is open.</summary>
    public static string? Problem(DateOnly endsOn, DateOnly today) =>
        today < OpensOn(endsOn) ? $"The question about continuing opens on {OpensOn(endsOn):d MMMM yyyy}, three weeks before your term ends."
        : today > endsOn ? $"Your term ended on {endsOn:d MMMM yyyy}, so it is too late to answer. To carry on, write to the program coordinator."
        : null;
}
