namespace MentoringProgram.Web.Domain;

/// <summary>
/// The single-use half of a signed link in mail (continue or end a term without logging in): the link's
/// Data Protection token names this nonce, and using the link marks it used.
/// </summary>
public class SignedLinkNonce
{
    private SignedLinkNonce() { }

    public SignedLinkNonce(Guid id, string purpose, string subject, DateTimeOffset expiresAt)
    {
        Id = id;
        Purpose = purpose;
        Subject = subject;
        ExpiresAt = expiresAt;
    }

    public Guid Id { get; private set; }
    public string Purpose { get; private set; } = "";
    public string Subject { get; private set; } = "";
    public DateTimeOffset ExpiresAt { get; private set; }
    public DateTimeOffset? UsedAt { get; private set; }

    public bool TryUse(DateTimeOffset now)
    {
        if (UsedAt is not null || now > ExpiresAt)
        {
            return false;
        }
        UsedAt = now;
        return true;
    }
}
