namespace MentoringProgram.Web.Domain;

public enum ProgramRole
{
    /// <summary>Runs one program: its cycles, matching and follow-up.</summary>
    ProgramCoordinator = 0,

    /// <summary>Sees aggregates and counts, for example HR; never private content.</summary>
    Viewer = 1,
}

/// <summary>A role a login holds for one program only (the organisation issue); the global Coordinator role
/// covers every program.</summary>
public class ProgramRoleAssignment
{
    private ProgramRoleAssignment() { }

    public ProgramRoleAssignment(int programId, string userId, ProgramRole role)
    {
        ProgramId = programId;
        UserId = userId;
        Role = role;
    }

    public int Id { get; private set; }
    public int ProgramId { get; private set; }
    public string UserId { get; private set; } = "";
    public ProgramRole Role { get; private set; }
}

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
