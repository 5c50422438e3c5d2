using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Reminders;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Continuation;

/// <summary>
/// A member answers the continuation notice from its signed link, signed in or not. Opening the link (GET) only shows
/// what it will do; the button (POST) marks the nonce used with one conditional update (used at null, not expired) and
/// records the answer in the same transaction, so two clicks at once, a replay or an expired link act at most once.
/// </summary>
public static class AnswerContinuation
{
    public enum LinkState
    {
        Ready,
        Used,
        Expired,
        PairingEnded,
    }

    public sealed record View(string PersonName, string OtherName, string ProgramName, DateOnly EndsOn, bool Renewable, ContinuationChoice Choice, LinkState State);

    public sealed class Handler(AppDbContext db, ContinuationLink links, TimeProvider clock)
    {
        /// <summary>What the link would do, or null when the token is not one of ours (tampered, truncated, foreign).</summary>
        public async Task<View?> LoadAsync(string token, CancellationToken cancellationToken) =>
            links.Read(token) is { } claim ? await LoadAsync(claim, cancellationToken) : null;

        private async Task<View?> LoadAsync(ContinuationLink.Claim claim, CancellationToken cancellationToken)
        {
            var subject = ContinuationLink.Subject(claim.PairingId, claim.StaffId);
            var nonces = db.SignedLinkNonces.Where(n => n.Id == claim.NonceId && n.Purpose == ContinuationLink.Purpose && n.Subject == subject);
            // Scalar subqueries for the nonce: SQLite has no APPLY for a row of several columns.
            var pairing = await db.Pairings.AsNoTracking()
                .Where(p => p.Id == claim.PairingId && (p.MenteeStaffId == claim.StaffId || p.MentorStaffId == claim.StaffId))
                .Select(p => new
                {
                    p.Status, p.EndsOn, p.MenteeStaffId, Program = p.Cycle!.Program!.Name, p.Cycle.Program.Renewable,
                    Mentee = p.Mentee!.FullName, Mentor = p.Mentor!.FullName,
                    Expires = nonces.Select(n => (DateTimeOffset?)n.ExpiresAt).FirstOrDefault(),
                    Used = nonces.Select(n => n.UsedAt).FirstOrDefault(),
                })
                .SingleOrDefaultAsync(cancellationToken);
            if (pairing?.Expires is not { } expires)
            {
                return null;
            }
            var state = pairing.Used is not null ? LinkState.Used
                : expires <= clock.GetUtcNow() ? LinkState.Expired
                : pairing.Status != PairingStatus.Active ? LinkState.PairingEnded
                : LinkState.Ready;
            var isMentee = pairing.MenteeStaffId == claim.StaffId;
            return new View(isMentee ? pairing.Mentee : pairing.Mentor, isMentee ? pairing.Mentor : pairing.Mentee, pairing.Program, pairing.EndsOn,
                pairing.Renewable, claim.Choice, state);
        }

        /// <summary>Uses the link: null when the token is not ours, else the state it was in (Ready means it acted now).</summary>
        public async Task<LinkState?> AnswerAsync(string token, CancellationToken cancellationToken)
        {
            try
            {
                return await TryAnswerAsync(token, cancellationToken);
            }
            catch (DbUpdateConcurrencyException)
            {
                // The other member answered the same pairing in the same moment: everything here rolled back, the link
                // included, so answering again is safe.
                db.ChangeTracker.Clear();
                return await TryAnswerAsync(token, cancellationToken);
            }
        }

        private async Task<LinkState?> TryAnswerAsync(string token, CancellationToken cancellationToken)
        {
            if (links.Read(token) is not { } claim || await LoadAsync(claim, cancellationToken) is not { } view)
            {
                return null;
            }
            if (view.State != LinkState.Ready)
            {
                return view.State;
            }
            var now = clock.GetUtcNow();
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            // The one guard against double use: whoever flips "used" first acts; everyone else finds it used.
            var claimed = await db.SignedLinkNonces
                .Where(n => n.Id == claim.NonceId && n.UsedAt == null && n.ExpiresAt > now)
                .ExecuteUpdateAsync(s => s.SetProperty(n => n.UsedAt, now), cancellationToken);
            if (claimed == 0)
            {
                await transaction.RollbackAsync(cancellationToken);
                return LinkState.Used;
            }
            var pairing = await db.Pairings.SingleAsync(p => p.Id == claim.PairingId, cancellationToken);
            try
            {
                pairing.AnswerContinuation(claim.StaffId, claim.Choice);
            }
            catch (DomainRuleException)
            {
                await transaction.RollbackAsync(cancellationToken);
                return LinkState.PairingEnded;
            }
            db.AuditEntries.Add(new AuditEntry(now, null, TermAudit.ContinuationAnswered, TermAudit.Subject(pairing.Id),
                $"{(pairing.MenteeStaffId == claim.StaffId ? "mentee" : "mentor")}: {claim.Choice}"));
            await db.SaveChangesAsync(cancellationToken);
            await transaction.CommitAsync(cancellationToken);
            return LinkState.Ready;
        }
    }
}
