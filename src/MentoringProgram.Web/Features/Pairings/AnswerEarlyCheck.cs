using MentoringProgram.Web.Data;
using MentoringProgram.Web.Domain;
using Microsoft.EntityFrameworkCore;

namespace MentoringProgram.Web.Features.Pairings;

/// <summary>
/// A member answers the early check, "Is this working?", with one click, once. The answer is private: the coordinator's
/// board shows only that a member answered "No" (docs/adr/0015-ending-a-pairing-early.md), and the audit entry does not
/// say what was answered.
/// </summary>
public static class AnswerEarlyCheck
{
    public const string AlreadyAnswered = "You have already answered this question. Thank you.";

    public sealed record Result(bool Found, string? Refusal);

    public sealed class Handler(AppDbContext db, TimeProvider clock)
    {
        public async Task<Result> HandleAsync(int staffId, string? userId, int pairingId, EarlyCheckReply? reply, CancellationToken cancellationToken)
        {
            if (await MemberPairing.FindAsync(db, staffId, pairingId, cancellationToken) is not { } pairing)
            {
                return new Result(false, null);
            }
            if (await db.EarlyCheckAnswers.AnyAsync(a => a.PairingId == pairing.Id && a.StaffId == staffId, cancellationToken))
            {
                return new Result(true, AlreadyAnswered);
            }
            if (reply is not { } chosen)
            {
                return new Result(true, "Choose Yes, Not sure or No.");
            }
            if (await RecordAsync(db, clock, pairing, staffId, userId, chosen, cancellationToken) is { } refusal)
            {
                return new Result(true, refusal);
            }
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // The same answer posted twice at once: the unique index kept the first.
                return new Result(true, AlreadyAnswered);
            }
            return new Result(true, null);
        }
    }

    /// <summary>The answer itself, for the form on the pairing page and the signed link in the mail alike: the domain
    /// decides whether the check is open, and the audit entry says that the member answered, not what. The pairing is
    /// tracked with its cycle and program; saving is the caller's. Null when recorded, else why not.</summary>
    public static async Task<string?> RecordAsync(AppDbContext db, TimeProvider clock, Pairing pairing, int staffId, string? userId, EarlyCheckReply reply, CancellationToken cancellationToken)
    {
        var heldOn = await db.Meetings.Where(m => m.PairingId == pairing.Id).Where(Meeting.Held).Select(m => m.HeldOn).ToListAsync(cancellationToken);
        try
        {
            db.EarlyCheckAnswers.Add(EarlyCheckAnswer.Give(pairing, staffId, heldOn, pairing.Cycle!.Program!.Today(clock), reply, clock.GetUtcNow()));
        }
        catch (DomainRuleException refused)
        {
            return refused.Message;
        }
        db.AuditEntries.Add(new AuditEntry(clock.GetUtcNow(), userId, PairingAudit.EarlyCheckAnswered, PairingAudit.Subject(pairing.Id), null));
        return null;
    }
}
