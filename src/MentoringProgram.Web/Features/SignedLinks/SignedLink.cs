using System.Globalization;
using System.Security.Cryptography;
using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.SignedLinks;

/// <summary>
/// The signed links in mail that answer a question without signing in (docs/adr/0016, docs/adr/0017): continuation,
/// the early check and check-ins. The token is a Data Protection payload, per purpose, naming a single-use nonce, the
/// pairing, the member and the answer, so it cannot be forged or edited into another member's, another pairing's or
/// another question's answer; the nonce (a database row) makes it single use and gives it an expiry. All of a member's
/// links in one mail share one nonce: once one is used, the others are spent too.
/// </summary>
public sealed class SignedLink(IDataProtectionProvider protection)
{
    public sealed record Claim(Guid NonceId, int PairingId, int StaffId, int Answer);

    public string Token(SignedLinkPurpose purpose, Claim claim) =>
        Protector(purpose).Protect(string.Join('|', claim.NonceId.ToString("N"), claim.PairingId, claim.StaffId, claim.Answer));

    /// <summary>The claim a token makes for this purpose, or null for anything tampered with, truncated, made with other
    /// keys or for another purpose.</summary>
    public Claim? Read(SignedLinkPurpose purpose, string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 1000)
        {
            return null;
        }
        string payload;
        try
        {
            payload = Protector(purpose).Unprotect(token);
        }
        catch (CryptographicException)
        {
            return null;
        }
        var parts = payload.Split('|');
        return parts.Length == 4 && Guid.TryParseExact(parts[0], "N", out var nonce)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var pairingId)
            && int.TryParse(parts[2], NumberStyles.None, CultureInfo.InvariantCulture, out var staffId)
            && int.TryParse(parts[3], NumberStyles.None, CultureInfo.InvariantCulture, out var answer)
            ? new Claim(nonce, pairingId, staffId, answer)
            : null;
    }

    private IDataProtector Protector(SignedLinkPurpose purpose) => protection.CreateProtector(purpose.Protector);

    /// <summary>The nonce's subject: one member of one pairing.</summary>
    public static string Subject(int pairingId, int staffId) => $"pairing:{pairingId}:staff:{staffId}";

    /// <summary>A new nonce for a member's links, working until the end of <paramref name="lastDay"/> where the program is.</summary>
    public static SignedLinkNonce NewNonce(SignedLinkPurpose purpose, int pairingId, int staffId, DateOnly lastDay, TimeZoneInfo zone) =>
        new(Guid.NewGuid(), purpose.Name, Subject(pairingId, staffId),
            new DateTimeOffset(TimeZoneInfo.ConvertTimeToUtc(lastDay.AddDays(1).ToDateTime(TimeOnly.MinValue), zone), TimeSpan.Zero));

    /// <summary>The nonce a claim names, only if it was made for this purpose and this member of this pairing.</summary>
    public static IQueryable<SignedLinkNonce> NonceOf(AppDbContext db, SignedLinkPurpose purpose, Claim claim)
    {
        var subject = Subject(claim.PairingId, claim.StaffId);
        return db.SignedLinkNonces.Where(n => n.Id == claim.NonceId && n.Purpose == purpose.Name && n.Subject == subject);
    }

    /// <summary>Used, expired or still ready, from what the nonce row says.</summary>
    public static SignedLinkState StateOf(DateTimeOffset expiresAt, DateTimeOffset? usedAt, DateTimeOffset now) =>
        usedAt is not null ? SignedLinkState.Used : expiresAt <= now ? SignedLinkState.Expired : SignedLinkState.Ready;

    /// <summary>What a link about a pairing can still do, in the order its page explains it: the link itself (used,
    /// expired), then the pairing (ended), then the question (already answered another way).</summary>
    public static SignedLinkState StateOf(DateTimeOffset expiresAt, DateTimeOffset? usedAt, DateTimeOffset now, bool pairingActive, bool answered = false) =>
        StateOf(expiresAt, usedAt, now) is var link && link != SignedLinkState.Ready ? link
            : !pairingActive ? SignedLinkState.PairingEnded
            : answered ? SignedLinkState.Answered
            : SignedLinkState.Ready;

    /// <summary>
    /// Uses the link: in one transaction, marks the nonce used with one conditional update (used at null, not expired)
    /// and then lets <paramref name="act"/> record the answer. Whoever flips "used" first acts; a replay, a second click
    /// at the same moment or an expired link finds <see cref="SignedLinkState.Used"/>. When <paramref name="act"/>
    /// refuses (returns anything but Ready), everything rolls back, the nonce included.
    /// </summary>
    public static async Task<SignedLinkState> UseAsync(AppDbContext db, Claim claim, DateTimeOffset now, Func<Task<SignedLinkState>> act, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var claimed = await db.SignedLinkNonces
            .Where(n => n.Id == claim.NonceId && n.UsedAt == null && n.ExpiresAt > now)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.UsedAt, now), cancellationToken);
        if (claimed == 0)
        {
            await transaction.RollbackAsync(cancellationToken);
            return SignedLinkState.Used;
        }
        var state = await act();
        if (state != SignedLinkState.Ready)
        {
            await transaction.RollbackAsync(cancellationToken);
            db.ChangeTracker.Clear();
            return state;
        }
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return SignedLinkState.Ready;
    }
}
