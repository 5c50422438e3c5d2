using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using MentoringProgram.Web.Features.Pairings;
using MentoringProgram.Web.Features.SignedLinks;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.EarlyCheckByMail;

/// <summary>
/// A member answers the early check from its signed link, signed in or not. Opening the link (GET) only shows what it
/// will do; the button (POST) uses the nonce (<see cref="SignedLink.UseAsync"/>) and records the answer through the same
/// rule as the pairing page (<see cref="AnswerEarlyCheck.RecordAsync"/>), so a "No" flags the pairing without saying who.
/// An answer already given in the app leaves the link with nothing to do.
/// </summary>
public static class AnswerEarlyCheckByMail
{
    public sealed record View(string PersonName, string OtherName, string ProgramName, EarlyCheckReply Reply, SignedLinkState State);

    public sealed class Handler(AppDbContext db, SignedLink links, TimeProvider clock) : ISignedLinkAnswers<View>
    {
        /// <summary>What the link would do, or null when the token is not one of ours (tampered, truncated, foreign).</summary>
        public async Task<View?> LoadAsync(string token, CancellationToken cancellationToken) =>
            links.Read(SignedLinkPurpose.EarlyCheck, token) is { } claim ? await LoadAsync(claim, cancellationToken) : null;

        private async Task<View?> LoadAsync(SignedLink.Claim claim, CancellationToken cancellationToken)
        {
            if (!Enum.IsDefined((EarlyCheckReply)claim.Answer))
            {
                return null;
            }
            var nonces = SignedLink.NonceOf(db, SignedLinkPurpose.EarlyCheck, claim);
            var row = await db.Pairings.AsNoTracking()
                .Where(p => p.Id == claim.PairingId && (p.MenteeStaffId == claim.StaffId || p.MentorStaffId == claim.StaffId))
                .Select(p => new
                {
                    p.Status, p.MenteeStaffId, Program = p.Cycle!.Program!.Name, Mentee = p.Mentee!.FullName, Mentor = p.Mentor!.FullName,
                    Expires = nonces.Select(n => (DateTimeOffset?)n.ExpiresAt).FirstOrDefault(),
                    Used = nonces.Select(n => n.UsedAt).FirstOrDefault(),
                    Answered = db.EarlyCheckAnswers.Any(a => a.PairingId == p.Id && a.StaffId == claim.StaffId),
                })
                .SingleOrDefaultAsync(cancellationToken);
            if (row?.Expires is not { } expires)
            {
                return null;
            }
            var state = SignedLink.StateOf(expires, row.Used, clock.GetUtcNow(), row.Status == PairingStatus.Active, row.Answered);
            var isMentee = row.MenteeStaffId == claim.StaffId;
            return new View(isMentee ? row.Mentee : row.Mentor, isMentee ? row.Mentor : row.Mentee, row.Program, (EarlyCheckReply)claim.Answer, state);
        }

        /// <summary>Uses the link: null when the token is not ours, else the state it was in (Ready means it acted now).</summary>
        public async Task<SignedLinkState?> AnswerAsync(string token, CancellationToken cancellationToken)
        {
            if (links.Read(SignedLinkPurpose.EarlyCheck, token) is not { } claim || await LoadAsync(claim, cancellationToken) is not { } view)
            {
                return null;
            }
            if (view.State != SignedLinkState.Ready)
            {
                return view.State;
            }
            try
            {
                return await SignedLink.UseAsync(db, claim, clock.GetUtcNow(), async () =>
                {
                    var pairing = await db.Pairings.Include(p => p.Cycle).ThenInclude(c => c!.Program).SingleAsync(p => p.Id == claim.PairingId, cancellationToken);
                    return await AnswerEarlyCheck.RecordAsync(db, clock, pairing, claim.StaffId, null, view.Reply, cancellationToken) is null
                        ? SignedLinkState.Ready
                        : SignedLinkState.PairingEnded;
                }, cancellationToken);
            }
            catch (DbUpdateException)
            {
                // Answered in the app at the same moment: the unique index kept that answer, and the link rolled back.
                db.ChangeTracker.Clear();
                return SignedLinkState.Answered;
            }
        }
    }
}
