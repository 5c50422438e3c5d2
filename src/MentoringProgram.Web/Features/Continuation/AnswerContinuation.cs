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

    /// <summary>The answer itself, for the signed link and the pairing page alike: the pairing decides whether the
    /// question is open and whether the answer changed, and a change is audited with who answered what (the coordinator
    /// sees the answers). The pairing is tracked with its cycle and program; saving is the caller's. Null when recorded
    /// (or unchanged), else why not.</summary>
    public static string? Record(AppDbContext db, TimeProvider clock, Pairing pairing, int staffId, string? userId, ContinuationChoice choice)
    {
        try
        {
            if (!pairing.AnswerContinuation(staffId, choice, pairing.Cycle!.Program!.Today(clock)))
            {
                return null;
            }
        }
        catch (DomainRuleException refused)
        {
            return refused.Message;
        }
        db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), userId, TermAudit.ContinuationAnswered, TermAudit.Subject(pairing.Id),
            $"{(pairing.MenteeStaffId == staffId ? "mentee" : "mentor")}: {choice}"));
        return null;
    }

    /// <summary>Runs <paramref name="answer"/>, and once more when the other member answered the same pairing in the same
    /// moment (the pairing's concurrency token): everything the first try did rolled back, a link's nonce included, so
    /// answering again is safe.</summary>
    public static async Task<T> OnceMoreIfBothAnsweredAtOnceAsync<T>(AppDbContext db, Func<Task<T>> answer)
    {
        try
        {
            return await answer();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return await answer();
        }
    }

    public sealed class Handler(AppDbContext db, SignedLink links, TimeProvider clock) : ISignedLinkAnswers<View>
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
        public Task<SignedLinkState?> AnswerAsync(string token, CancellationToken cancellationToken) =>
            OnceMoreIfBothAnsweredAtOnceAsync(db, () => TryAnswerAsync(token, cancellationToken));

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
                var pairing = await db.Pairings.Include(p => p.Cycle).ThenInclude(c => c!.Program).SingleAsync(p => p.Id == claim.PairingId, cancellationToken);
                // Refused only once the term or the pairing has ended since the page was opened.
                return Record(db, clock, pairing, claim.StaffId, null, view.Choice) is null ? SignedLinkState.Ready
                    : pairing.Status == PairingStatus.Active ? SignedLinkState.Expired
                    : SignedLinkState.PairingEnded;
            }, cancellationToken);
        }
    }
}
