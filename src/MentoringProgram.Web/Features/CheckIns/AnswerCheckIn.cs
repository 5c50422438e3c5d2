using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.SignedLinks;
using MentoringProgram.Web.Jobs;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.CheckIns;

/// <summary>
/// The mentee answers a check-in from its signed link, signed in or not. Opening the link (GET) only shows what it will
/// do; the button (POST) uses the nonce (<see cref="SignedLink.UseAsync"/>) and records the answer through
/// <see cref="CheckInAnswer.Give"/>, once per period (the entity's rule and a unique index).
/// </summary>
public static class AnswerCheckIn
{
    public sealed record View(string PersonName, string OtherName, string ProgramName, CheckInReply Reply, SignedLinkState State);

    public sealed class Handler(AppDbContext db, SignedLink links, JobsOptions options, TimeProvider clock) : ISignedLinkAnswers<View>
    {
        /// <summary>What the link would do, or null when the token is not one of ours (tampered, truncated, foreign).</summary>
        public async Task<View?> LoadAsync(string token, CancellationToken cancellationToken) =>
            links.Read(SignedLinkPurpose.CheckIn, token) is { } claim ? await LoadAsync(claim, cancellationToken) : null;

        private async Task<View?> LoadAsync(SignedLink.Claim claim, CancellationToken cancellationToken)
        {
            if (CheckInLinkAnswer.Read(claim.Answer) is not var (period, reply))
            {
                return null;
            }
            var nonces = SignedLink.NonceOf(db, SignedLinkPurpose.CheckIn, claim);
            var row = await db.Pairings.AsNoTracking()
                .Where(p => p.Id == claim.PairingId && p.MenteeStaffId == claim.StaffId)
                .Select(p => new
                {
                    p.Status, Program = p.Cycle!.Program!.Name, Mentee = p.Mentee!.FullName, Mentor = p.Mentor!.FullName,
                    Expires = nonces.Select(n => (DateTimeOffset?)n.ExpiresAt).FirstOrDefault(),
                    Used = nonces.Select(n => n.UsedAt).FirstOrDefault(),
                    Answered = db.CheckInAnswers.Any(a => a.PairingId == p.Id && a.Period == period),
                })
                .SingleOrDefaultAsync(cancellationToken);
            if (row?.Expires is not { } expires)
            {
                return null;
            }
            var state = SignedLink.StateOf(expires, row.Used, clock.GetUtcNow(), row.Status == PairingStatus.Active, row.Answered);
            return new View(row.Mentee, row.Mentor, row.Program, reply, state);
        }

        /// <summary>Uses the link: null when the token is not ours, else the state it was in (Ready means it acted now).</summary>
        public async Task<SignedLinkState?> AnswerAsync(string token, CancellationToken cancellationToken)
        {
            if (links.Read(SignedLinkPurpose.CheckIn, token) is not { } claim || await LoadAsync(claim, cancellationToken) is not { } view)
            {
                return null;
            }
            if (view.State != SignedLinkState.Ready)
            {
                return view.State;
            }
            var period = CheckInLinkAnswer.Read(claim.Answer)!.Value.Period;
            var now = clock.GetUtcNow();
            try
            {
                return await SignedLink.UseAsync(db, claim, now, async () =>
                {
                    var pairing = await db.Pairings.Include(p => p.Cycle).ThenInclude(c => c!.Program).SingleAsync(p => p.Id == claim.PairingId, cancellationToken);
                    try
                    {
                        db.CheckInAnswers.Add(CheckInAnswer.Give(pairing, claim.StaffId, options.CheckInWeeks, period, pairing.Cycle!.Program!.Today(clock), view.Reply, now));
                    }
                    catch (DomainRuleException)
                    {
                        return SignedLinkState.Expired;
                    }
                    // Who answered is the mentee, by rule; the audit says a check-in was answered, not how.
                    db.AuditEntries.Add(new AuditEntry(now, null, Pairings.PairingAudit.CheckInAnswered, Pairings.PairingAudit.Subject(pairing.Id), $"period {period}"));
                    return SignedLinkState.Ready;
                }, cancellationToken);
            }
            catch (DbUpdateException)
            {
                db.ChangeTracker.Clear();
                return SignedLinkState.Answered;
            }
        }
    }
}
