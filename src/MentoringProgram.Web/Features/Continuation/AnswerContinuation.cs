using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Reminders;
using MentoringProgram.Web.Features.SignedLinks;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Continuation;

/// <summary>
/// A member answers the continuation notice from its signed link, signed in or not. Opening the link (GET) only shows
/// what it will do; the button (POST) marks the nonce used with one conditional update (used at null, not expired) and
/// records the answer in the same transaction, so two clicks at once, a replay or an expired link act at most once.
/// </summary>
public static class AnswerContinuation
{
    public sealed record View(string PersonName, string OtherName, string ProgramName, DateOnly EndsOn, bool Renewable, ContinuationChoice Choice, SignedLinkState State);

    public sealed class Handler(AppDbContext db, SignedLink links, TimeProvider clock)
    {
        /// <summary>What the link would do, or null when the token is not one of ours (tampered, truncated, foreign).</summary>
        public async Task<View?> LoadAsync(string token, CancellationToken cancellationToken) =>
            links.Read(SignedLinkPurpose.Continuation, token) is { } claim ? await LoadAsync(claim, cancellationToken) : null;

        private async Task<View?> LoadAsync(SignedLink.Claim claim, CancellationToken cancellationToken)
        {
            if (!Enum.IsDefined((ContinuationChoice)claim.Answer))
            {
                return null;
            }
            var nonces = SignedLink.NonceOf(db, SignedLinkPurpose.Continuation, claim);
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
            var state = SignedLink.StateOf(expires, pairing.Used, clock.GetUtcNow(), pairing.Status == PairingStatus.Active);
            var isMentee = pairing.MenteeStaffId == claim.StaffId;
            return new View(isMentee ? pairing.Mentee : pairing.Mentor, isMentee ? pairing.Mentor : pairing.Mentee, pairing.Program, pairing.EndsOn,
                pairing.Renewable, (ContinuationChoice)claim.Answer, state);
        }

        /// <summary>Uses the link: null when the token is not ours, else the state it was in (Ready means it acted now).</summary>
        public async Task<SignedLinkState?> AnswerAsync(string token, CancellationToken cancellationToken)
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

        private async Task<SignedLinkState?> TryAnswerAsync(string token, CancellationToken cancellationToken)
        {
            if (links.Read(SignedLinkPurpose.Continuation, token) is not { } claim || await LoadAsync(claim, cancellationToken) is not { } view)
            {
                return null;
            }
            if (view.State != SignedLinkState.Ready)
            {
                return view.State;
            }
            var now = clock.GetUtcNow();
            return await SignedLink.UseAsync(db, claim, now, async () =>
            {
                var pairing = await db.Pairings.SingleAsync(p => p.Id == claim.PairingId, cancellationToken);
                try
                {
                    pairing.AnswerContinuation(claim.StaffId, view.Choice);
                }
                catch (DomainRuleException)
                {
                    return SignedLinkState.PairingEnded;
                }
                db.AuditEntries.Add(new AuditEntry(now, null, TermAudit.ContinuationAnswered, TermAudit.Subject(pairing.Id),
                    $"{(pairing.MenteeStaffId == claim.StaffId ? "mentee" : "mentor")}: {view.Choice}"));
                return SignedLinkState.Ready;
            }, cancellationToken);
        }
    }
}
